package org.unionstat.ingest;

import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import org.unionstat.domain.Period;

/** Imports a unit registry file as the registry of a year: one run of job {@code importUnitRegistry}. */
@Service
public class RegistryImport {

    private final ImportLauncher launcher;
    private final Job job;

    RegistryImport(ImportLauncher launcher, @Qualifier(RegistryImportJobConfiguration.JOB_NAME) Job job) {
        this.launcher = launcher;
        this.job = job;
    }

    public ImportSummary importRegistry(int year, Path file, Path outDir) {
        return launcher.launch(job, ImportKind.REGISTRY, Period.ofYear(year), file, outDir);
    }
}
