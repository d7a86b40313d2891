package org.unionstat.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.unionstat.domain.DerivedFileName;
import org.unionstat.domain.FollowUpProblem;
import org.unionstat.domain.FollowUpStatus;
import org.unionstat.domain.Period;
import org.unionstat.domain.QualityRule;
import org.unionstat.ingest.FollowUpMapper.Answer;
import org.unionstat.ingest.FollowUpMapper.FlagKey;
import org.unionstat.ingest.source.FileRefusedException;
import org.unionstat.ingest.source.Refusal;
import org.unionstat.ingest.source.ReturnedTable;
import org.unionstat.text.Messages;

/**
 * {@code import-followup FILE}: stores the districts' answers to the doubtful figures (docs/data-quality.md#follow-up)
 * from a returned district workbook (its sheet 疑似异常) or a CSV of the same columns. Each answered row names a flag
 * (period, union, rule, field) and says 核实情况 (a value of the list) and 说明; the latest answer to a flag wins. A bad
 * answer is rejected like a bad row, into {@code OUT/rejects/followup/<file>.rejects.csv}; rows left unanswered are
 * skipped. Nothing else changes: no figure and no flag.
 */
@Service
public class FollowUps {

    /** The sheet of the district workbooks the answers are on (WorkbookLayouts.ANOMALIES_SHEET). */
    public static final String SHEET = "疑似异常";
    private static final int PER_STATEMENT = 500;

    private static final String[] PERIOD = {"报告期", "period"};
    private static final String[] UNION = {"工会统一社会信用代码", "union_id"};
    private static final String[] RULE = {"规则代码", "rule"};
    private static final String[] FIELD = {"指标项", "field"};
    private static final String[] STATUS = {"核实情况", "status"};
    private static final String[] NOTE = {"说明", "note"};

    /** What an import of answers did. */
    public record Summary(Path file, long read, long unanswered, long accepted, Map<String, Long> rejectedByCode,
            Path rejectsFile) {

        public long rejected() {
            return rejectedByCode.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final FollowUpMapper mapper;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Messages messages;

    public FollowUps(FollowUpMapper mapper, PlatformTransactionManager transactionManager, Clock clock,
            Messages messages) {
        this.mapper = mapper;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Reads the answers of {@code file}, stores the good ones in one transaction and writes the rejects file.
     *
     * @throws FileRefusedException when the file has no table of answers, saying why in the language set
     */
    public Summary importFile(Path file, Path outDir) {
        try {
            return importTable(file, outDir, ReturnedTable.read(file, SHEET, List.of(UNION)));
        } catch (FileRefusedException e) {
            throw e.in(messages);
        }
    }

    private Summary importTable(Path file, Path outDir, ReturnedTable.Content table) {
        for (String[] column : List.of(PERIOD, UNION, RULE, FIELD, STATUS, NOTE)) {
            if (table.header().stream().noneMatch(h -> h.equalsIgnoreCase(column[0]) || h.equalsIgnoreCase(column[1]))) {
                throw new FileRefusedException(Refusal.NO_ANSWER_COLUMN, file, column[0], column[1]);
            }
        }
        String fileName = file.getFileName().toString();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<ReturnedTable.Line> answered = new ArrayList<>();
        long unanswered = 0;
        for (ReturnedTable.Line line : table.lines()) {
            if (line.cell(STATUS).isEmpty() && line.cell(NOTE).isEmpty()) {
                unanswered++;
            } else {
                answered.add(line);
            }
        }
        Map<String, List<ReturnedTable.Line>> byPeriod = new TreeMap<>();
        answered.forEach(l -> byPeriod.computeIfAbsent(l.cell(PERIOD).toUpperCase(java.util.Locale.ROOT),
                p -> new ArrayList<>()).add(l));
        List<Answer> accepted = new ArrayList<>();
        List<RejectsFile.Line> rejected = new ArrayList<>();
        Map<String, Long> rejectedByCode = new TreeMap<>();
        for (Map.Entry<String, List<ReturnedTable.Line>> entry : byPeriod.entrySet()) {
            Optional<Period> period = Period.parseQuarter(entry.getKey());
            List<String> unions = entry.getValue().stream().map(l -> l.cell(UNION).toUpperCase(java.util.Locale.ROOT))
                    .distinct().toList();
            Set<String> reporting = new HashSet<>();
            Map<String, Long> flags = new HashMap<>();
            if (period.isPresent()) {
                for (int from = 0; from < unions.size(); from += PER_STATEMENT) {
                    List<String> part = unions.subList(from, Math.min(unions.size(), from + PER_STATEMENT));
                    reporting.addAll(mapper.reportingUnions(period.get().toString(), part));
                    mapper.flags(period.get().toString(), part).forEach(f -> flags.put(
                            key(f.unionId(), f.rule(), f.field()), f.currentValue()));
                }
            }
            for (ReturnedTable.Line line : entry.getValue()) {
                String union = line.cell(UNION).toUpperCase(java.util.Locale.ROOT);
                Optional<QualityRule> rule = QualityRule.of(line.cell(RULE));
                Optional<String> field = QualityRule.fieldKey(line.cell(FIELD));
                Optional<FollowUpStatus> status = FollowUpStatus.of(line.cell(STATUS));
                String note = line.cell(NOTE);
                FollowUpProblem problem = null;
                Long current = null;
                if (period.isEmpty() || !reporting.contains(union)) {
                    problem = FollowUpProblem.F01;
                } else if (rule.isEmpty() || field.isEmpty()) {
                    problem = FollowUpProblem.F02;
                } else if (status.isEmpty()) {
                    problem = FollowUpProblem.F03;
                } else if (note.length() > FollowUpProblem.MAX_NOTE) {
                    problem = FollowUpProblem.F05;
                } else {
                    current = flags.get(key(union, rule.get().code(), field.get()));
                    if (current == null) {
                        problem = FollowUpProblem.F04;
                    }
                }
                if (problem != null) {
                    rejected.add(new RejectsFile.Line(line.number(), shortened(union), problem.code(),
                            messages.rule(problem), line.raw()));
                    rejectedByCode.merge(problem.code(), 1L, Long::sum);
                } else {
                    accepted.add(new Answer(period.get().toString(), union, rule.get().code(), field.get(), current,
                            status.get().label(), note, shortened(fileName), line.number(), now));
                }
            }
        }
        // a flag answered twice in the file: the later row wins, as a later file's would
        Map<String, Answer> latest = new LinkedHashMap<>();
        accepted.forEach(a -> latest.put(a.period() + "|" + key(a.unionId(), a.rule(), a.field()), a));
        List<Answer> answers = List.copyOf(latest.values());
        transaction.executeWithoutResult(status -> {
            for (int from = 0; from < answers.size(); from += PER_STATEMENT) {
                List<Answer> part = answers.subList(from, Math.min(answers.size(), from + PER_STATEMENT));
                mapper.deleteAnswers(part);
                mapper.insertAnswers(part);
            }
        });
        rejected.sort(Comparator.comparingLong(RejectsFile.Line::line));
        Path rejects = RejectsFile.write(outDir.resolve("rejects").resolve("followup")
                .resolve(DerivedFileName.of(fileName, null, ".rejects.csv")), fileName, rejected);
        return new Summary(file, table.lines().size(), unanswered, accepted.size(), rejectedByCode, rejects);
    }

    private static String key(String union, String rule, String field) {
        return union + "|" + rule + "|" + field;
    }

    /** Ids and file names as stored: at most 255 characters (a hostile cell is cut, never stored whole). */
    private static String shortened(String text) {
        return text.length() <= 255 ? text : text.substring(0, 255);
    }
}
