package org.unionstat.indicators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.unionstat.domain.District;
import org.unionstat.domain.Industry;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;

/**
 * What the figures of a period are computed from, as one identifying job parameter: the count and import ids of the
 * reports, covered units and registry units the period reads, the assessment settings (not the robustness ones, which
 * only the report reads), the districts and industries of config/, and the version of the computation. Unchanged
 * inputs give the same fingerprint, so computing again is recognised as already done; any import that touches the
 * period, or a change of settings, gives a new one.
 */
@Component
public class InputFingerprint {

    /** Raise when the computation itself changes, so that stored figures are recomputed after an upgrade. */
    static final int COMPUTATION_VERSION = 1;

    private final IndicatorInputMapper mapper;
    private final IndicatorInputs inputs;
    private final AssessmentSettings settings;
    private final ReferenceData reference;

    public InputFingerprint(IndicatorInputMapper mapper, IndicatorInputs inputs, AssessmentSettings settings,
            ReferenceData reference) {
        this.mapper = mapper;
        this.inputs = inputs;
        this.settings = settings;
        this.reference = reference;
    }

    /** A readable description of the inputs (logged; its hash is the job parameter). */
    public String describe(Period period) {
        IndicatorInputMapper.InputState state = mapper.inputState(inputs.periodsRead(period), period.year());
        return "reports " + state.reports() + " (imports sum " + state.reportImportSum() + ", max "
                + state.reportImportMax() + "), covered units " + state.coveredUnits()
                + ", units of the latest registry ≤ " + period.year() + " " + state.registryUnits()
                + " (imports sum " + state.registryImportSum() + ", max "
                + state.registryImportMax() + "); " + settings.computationRules() + "; districts "
                + reference.districts().stream().map(District::code).collect(Collectors.joining(","))
                + "; industries " + reference.industries().stream().map(Industry::code).collect(Collectors.joining(","))
                + "; computation v" + COMPUTATION_VERSION;
    }

    public String of(Period period) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(describe(period).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
