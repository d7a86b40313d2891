package org.unionstat.ingest;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The flags an answer refers to, and the stored answers (mappers/ingest/FollowUpMapper.xml). */
@Mapper
public interface FollowUpMapper {

    /** A stored flag's key and the figure it is about. */
    record FlagKey(String period, String unionId, String rule, String field, long currentValue) {
    }

    /** An answer to store. */
    record Answer(String period, String unionId, String rule, String field, long currentValue, String status,
            String note, String sourceFile, long sourceLine, LocalDateTime importedAt) {
    }

    /** Of {@code unionIds}, those with a report of {@code period}. */
    List<String> reportingUnions(@Param("period") String period, @Param("unionIds") List<String> unionIds);

    /** The flags of {@code period}'s reports of {@code unionIds}. */
    List<FlagKey> flags(@Param("period") String period, @Param("unionIds") List<String> unionIds);

    void deleteAnswers(@Param("answers") List<Answer> answers);

    void insertAnswers(@Param("answers") List<Answer> answers);
}
