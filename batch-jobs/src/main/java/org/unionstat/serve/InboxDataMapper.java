package org.unionstat.serve;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** What periods hold, for {@link AffectedPeriods}. */
@Mapper
public interface InboxDataMapper {

    List<String> findQuartersWithReports();

    List<Integer> findRegistryYears();

    List<String> findComputedPeriods();
}
