#!/usr/bin/env bash
# make bench: times unionstat's import, compute and report of ROWS generated reports on MariaDB and on H2, and a
# baseline on the same MariaDB server (LOAD DATA LOCAL INFILE of the same CSV, then the enrollment aggregate SQL),
# prints the results and writes them into the figures of docs/performance.md (one section per ROWS; a rerun replaces
# its own section; everything above the line <!-- bench:figures --> is left as it is). On MariaDB the report runs four
# more times, without and with the data-quality flags in turn, to measure what the flags add.
#
# It relies only on the commands and on Spring Batch's job repository tables (BATCH_*), never on unionstat's own
# tables or internals, so it keeps working while those change. Run it from anywhere; it works in the repository root,
# where the jar finds ./config.
#
# Environment (the Makefile passes its variables): ROWS (1000000), BENCH_DB_HOST/_PORT/_USER/_PASSWORD (127.0.0.1,
# 3306, root, empty), BENCH_DB (unionstat_bench), BENCH_BASELINE_DB (unionstat_baseline), BENCH_DIR (target/bench),
# BENCH_HEAP (1g, the -Xmx of every command), BENCH_ENGINES ("maria h2"), JAVA (java).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROWS=${ROWS:-1000000}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
BENCH_DB=${BENCH_DB:-unionstat_bench}                 # dropped and created again on every run
BASELINE_DB=${BENCH_BASELINE_DB:-unionstat_baseline}  # only its table quarterly_report is replaced
BENCH_DIR=${BENCH_DIR:-target/bench}
HEAP=${BENCH_HEAP:-1g}
ENGINES=${BENCH_ENGINES:-maria h2}                    # BENCH_ENGINES=maria: MariaDB only (H2 at 3M takes long)
JAVA=${JAVA:-java}
# the summary lines this script reads are the English ones (unionstat.locale, set by its environment variable)
export UNIONSTAT_LOCALE=en
JAR=batch-jobs/target/unionstat.jar
TOOLS=tools/target/unionstat-tools.jar   # the data generator
DOC=docs/performance.md
PERIOD=2026Q3
REGISTRY_YEAR=2025   # the 2026 quarters fall back to the 2025 registry

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*"; }

[[ $ROWS =~ ^[1-9][0-9]*$ ]] || die "ROWS must be a positive whole number, not '$ROWS'"
[[ -f $JAR ]] || die "$JAR is missing: run 'make build' first (make bench does)"
command -v "$JAVA" >/dev/null || die "java not found"
MARIADB_CLIENT=$(command -v mariadb || command -v mysql) || die "the mariadb (or mysql) client is needed for the baseline"

# ---------------------------------------------------------------------------------------------------- small helpers

now_ms() { date +%s%3N; }
# milliseconds → seconds with 3 decimals; "-" stays "-"
secs() { [[ $1 == - ]] && echo - || awk -v ms="$1" 'BEGIN { printf "%.3f", ms / 1000 }'; }
# a whole number with thousands separators
group() { echo "$1" | sed -E ':a; s/^([0-9]+)([0-9]{3})/\1,\2/; ta'; }
# rows per second for a duration in ms
rate() {
  [[ $1 == - || $1 -le 0 ]] && echo - || group "$(awk -v r="$ROWS" -v ms="$1" 'BEGIN { printf "%d", r * 1000 / ms }')"
}
# a ÷ b with 2 decimals, "-" if either is missing
ratio() { [[ $1 == - || $2 == - || $2 -le 0 ]] && echo - || awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# a heap figure in MB
mb() { [[ $1 == - ]] && echo - || echo "$1 MB"; }
# PASS when value ≤ limit
verdict() { [[ $1 == - ]] && echo FAIL || awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l ? "PASS" : "FAIL") }'; }

# The mariadb client; the password goes through the environment, not the command line.
if [[ -n $DB_PASSWORD ]]; then export MYSQL_PWD=$DB_PASSWORD; fi
mariadb_cli() { "$MARIADB_CLIENT" --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" "$@"; }

MYSQL_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$BENCH_DB?createDatabaseIfNotExist=true&rewriteBatchedStatements=true"
MYSQL_URL+="&allowPublicKeyRetrieval=true&useSSL=false&characterEncoding=UTF-8"
H2_OPTIONS="MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"

# H2's own console tool, from the jar's classpath: prints a query's rows as "a | b | c" under a header line. The
# database unionstat made has the random password it wrote beside the file (docs/operations.md); a throwaway
# database of this run, so the password on the command line does no harm.
h2_shell() { # URL SQL [PASSWORD_FILE]
  local password=
  [[ -z ${3:-} || ! -f $3 ]] || password=$(<"$3")
  "$JAVA" -cp "$JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
    -url "$1" -user sa -password "$password" -sql "$2"
}

# A query on the job repository of database ENGINE (maria or h2); prints tab-separated rows without header.
repo_query() { # ENGINE SQL
  if [[ $1 == maria ]]; then
    mariadb_cli -N -B "$BENCH_DB" -e "$2"
  else
    h2_shell "$H2_URL" "$2" "$RUN/h2/unionstat.password" | sed -E '1d; /^\([0-9]+ rows?, /d; /^$/d; s/ *\| */\t/g; s/ +$//'
  fi
}

# The id of the last job execution in the job repository of ENGINE; a command's own executions are the later ones.
last_execution() { # ENGINE
  local id
  id=$(repo_query "$1" "SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION") || true
  [[ $id =~ ^[0-9]+$ ]] || { say "$1: cannot read the job repository (BATCH_JOB_EXECUTION): '$id'"; return 1; }
  echo "$id"
}

# The largest heap in use seen in a -Xlog:gc* file, in MB: the "before" figure of every collection (18M->2M(380M)),
# and the heap in use at exit (G1: "garbage-first heap total 287744K, used 218036K").
peak_heap_mb() { # GC_LOG
  [[ -s $1 ]] || { echo -; return; }
  awk '
    function mb(x,  unit, n) { unit = substr(x, length(x)); n = substr(x, 1, length(x) - 1) + 0
                               return unit == "K" ? n / 1024 : unit == "G" ? n * 1024 : unit == "B" ? n / 1048576 : n }
    /\[gc *\]/ && match($0, /[0-9]+[BKMG]->[0-9]+[BKMG]\(/) {
      s = substr($0, RSTART, RLENGTH); split(s, part, "->"); v = mb(part[1]); if (v > peak) peak = v }
    /garbage-first heap/ && match($0, /used [0-9]+K/) {
      v = mb(substr($0, RSTART + 5, RLENGTH - 5)); if (v > peak) peak = v }
    END { if (peak > 0) printf "%d", peak + 0.5; else print "-" }' "$1"
}

# The duration Spring Batch logs for the last line of LOG matching PATTERN ("… in 1m2s345ms"), in ms; empty if none.
logged_ms() { # LOG PATTERN
  grep -E "$2" "$1" 2>/dev/null | tail -n 1 | sed -nE 's/.* in ([0-9hms]+)$/\1/p' | awk '
    { s = $0; ms = 0
      while (match(s, /^[0-9]+(ms|h|m|s)/)) {
        part = substr(s, 1, RLENGTH); s = substr(s, RLENGTH + 1); n = part + 0; unit = part; sub(/^[0-9]+/, "", unit)
        ms += unit == "h" ? n * 3600000 : unit == "m" ? n * 60000 : unit == "s" ? n * 1000 : n }
      if (s == "") print ms }'
}

# A duration from the job repository, in ms. MySQL Connector/J reads MariaDB 10.x as a server too old for fractional
# seconds (its handshake says "5.5.5-10…") and drops them, so there the repository holds whole seconds. Then the same
# duration as Spring Batch logged it (from the same in-memory times, in ms) is taken, when the log has it and it
# agrees with the repository to within the second.
precise_ms() { # REPOSITORY_MICROSECONDS LOG PATTERN
  local repo_ms logged
  repo_ms=$((($1 + 500) / 1000))
  if ((repo_ms % 1000 == 0)); then
    logged=$(logged_ms "$2" "$3")
    if [[ -n $logged ]] && ((logged - repo_ms < 1000 && repo_ms - logged < 1000)); then repo_ms=$logged; fi
  fi
  echo "$repo_ms"
}

# ------------------------------------------------------------------------------------------------------ data

DATA=$BENCH_DIR/data-$ROWS
CSV=$DATA/$PERIOD/reports-$PERIOD.csv
if [[ -f $DATA/.complete ]]; then
  say "reusing the data generated earlier in $DATA"
else
  say "generating $(group "$ROWS") reports of $PERIOD and the registries in $DATA"
  rm -rf "$DATA"
  "$JAVA" -jar "$TOOLS" sample-data --bench --rows "$ROWS" --out "$DATA" --periods "$PERIOD"
  touch "$DATA/.complete"
fi
[[ -f $CSV && -f $DATA/registry-$REGISTRY_YEAR.csv ]] || die "the generator did not write $CSV"
DATA=$(cd "$DATA" && pwd)
CSV=$DATA/$PERIOD/reports-$PERIOD.csv

load=$(cut -d' ' -f1-3 /proc/loadavg)   # a busy machine shows here
RUN=$BENCH_DIR/run-$ROWS   # logs, GC logs, outputs and the H2 database of this run; replaced by the next run
rm -rf "$RUN"
mkdir -p "$RUN"
RUN=$(cd "$RUN" && pwd)
H2_URL="jdbc:h2:file:$RUN/h2/unionstat;$H2_OPTIONS"

mariadb_cli -e "SELECT 1" >/dev/null 2>&1 \
  || die "cannot reach MariaDB at $DB_HOST:$DB_PORT as $DB_USER" \
         "(set BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD)"

# ---------------------------------------------------------------------------------------------------- the baseline

# What the database alone can do with the same rows: one LOAD DATA, in the file's order, into a table with the same
# columns (codes as ascii_bin, as the MySQL schema (db/migration/mysql) stores them) and primary key as unionstat's
# quarterly_report (no secondary index), then the aggregate behind the enrollment indicator.
AGGREGATE_SQL="SELECT district_code, industry_code, SUM(members), SUM(employees) FROM quarterly_report
  WHERE period = '$PERIOD' GROUP BY district_code, industry_code"
declare -A R   # results: R[key] = value, "-" when there is none

baseline() {
  say "baseline: LOAD DATA LOCAL INFILE into $BASELINE_DB.quarterly_report"
  if [[ $(mariadb_cli -N -B -e "SELECT @@local_infile") != 1 ]]; then
    die "the server refuses LOAD DATA LOCAL INFILE (local_infile is OFF): SET GLOBAL local_infile = 1"
  fi
  mariadb_cli -e "CREATE DATABASE IF NOT EXISTS \`$BASELINE_DB\` CHARACTER SET utf8mb4"
  mariadb_cli "$BASELINE_DB" -e "
    DROP TABLE IF EXISTS quarterly_report;
    CREATE TABLE quarterly_report (
      period VARCHAR(6) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      union_id CHAR(18) CHARACTER SET ascii COLLATE ascii_bin NOT NULL, union_name VARCHAR(255) NOT NULL,
      unit_id CHAR(18) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      district_code VARCHAR(6) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      industry_code CHAR(1) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      employees BIGINT NOT NULL, members BIGINT NOT NULL, migrant_employees BIGINT NOT NULL,
      migrant_members BIGINT NOT NULL, info_collected BIGINT NOT NULL, cards_issued BIGINT NOT NULL,
      evaluated BIGINT NOT NULL, satisfied BIGINT NOT NULL, basically_satisfied BIGINT NOT NULL,
      dissatisfied BIGINT NOT NULL, activities BIGINT NOT NULL, submitted_on DATE NOT NULL,
      import_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
      PRIMARY KEY (period, union_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;"

  local t0 t1
  t0=$(now_ms)
  # covered_unit_ids goes to a separate table in unionstat; here it is read and dropped (@covered)
  mariadb_cli --local-infile=1 "$BASELINE_DB" -e "
    SET @line = 1;
    LOAD DATA LOCAL INFILE '$CSV' INTO TABLE quarterly_report CHARACTER SET utf8mb4
      FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\n' IGNORE 1 LINES
      (period, union_id, union_name, unit_id, @covered, district_code, industry_code, employees, members,
       migrant_employees, migrant_members, info_collected, cards_issued, evaluated, satisfied, basically_satisfied,
       dissatisfied, activities, submitted_on)
      SET import_id = 1, source_line = (@line := @line + 1);"
  t1=$(now_ms)
  R[base.load]=$((t1 - t0))
  R[base.loaded]=$(mariadb_cli -N -B "$BASELINE_DB" -e "SELECT COUNT(*) FROM quarterly_report")
  [[ ${R[base.loaded]} == "$ROWS" ]] || say "WARNING: LOAD DATA stored ${R[base.loaded]} rows, not $ROWS"

  t0=$(now_ms)
  R[base.groups]=$(mariadb_cli -N -B "$BASELINE_DB" -e "$AGGREGATE_SQL" | wc -l)
  t1=$(now_ms)
  R[base.aggregate]=$((t1 - t0))
  R[base.total]=$((R[base.load] + R[base.aggregate]))
  say "baseline: LOAD DATA $(secs "${R[base.load]}") s, aggregate $(secs "${R[base.aggregate]}") s (${R[base.groups]} groups)"
}

# ---------------------------------------------------------------------------------------------------- unionstat

# Runs one command of the jar on ENGINE (maria or h2) as phase PHASE, with -Xmx$HEAP and a GC log, and records
#   R[ENGINE.PHASE.wall]  the command's wall time in ms (JVM start included)
#   R[ENGINE.PHASE.job]   the span of the job executions it recorded (first START_TIME to last END_TIME) in ms
#   R[ENGINE.PHASE.jobs]  how many job executions it recorded
#   R[ENGINE.PHASE.heap]  the largest heap in use, MB
#   R[ENGINE.PHASE.error] why it failed, empty if it did not
# Returns 1 when the command failed.
run_phase() { # ENGINE PHASE COMMAND ARG…
  local engine=$1 phase=$2 key=$1.$2
  shift 2
  local log=$RUN/$key.out gc=$RUN/$key.gc.log out=$RUN/out-$engine-$phase applog=$RUN/$key.log
  # the data-quality flags on, whatever the caller's environment says; off for the report to compare with
  # (docs/data-quality.md#settings)
  local -a env=(UNIONSTAT_QUALITY_ENABLED=true)
  [[ $phase != report-without-flags* ]] || env=(UNIONSTAT_QUALITY_ENABLED=false)
  if [[ $engine == maria ]]; then
    env+=(SPRING_DATASOURCE_URL="$MYSQL_URL" SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD")
  else
    env+=(SPRING_DATASOURCE_URL="$H2_URL" SPRING_DATASOURCE_USERNAME=sa SPRING_DATASOURCE_PASSWORD=)
  fi
  # the job repository's last execution before the command; its own are the ones after it
  local before=0
  [[ $phase == setup ]] || before=$(last_execution "$engine") || return 1

  local t0 t1 rc=0
  t0=$(now_ms)
  env "${env[@]}" LOGGING_FILE_NAME="$applog" \
    "$JAVA" "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError "-Xlog:gc*:file=$gc" -jar "$JAR" "$@" --out "$out" \
    >"$log" 2>&1 </dev/null || rc=$?
  t1=$(now_ms)
  R[$key.wall]=$((t1 - t0))
  R[$key.heap]=$(peak_heap_mb "$gc")
  R[$key.error]=
  if grep -q OutOfMemoryError "$log"; then
    R[$key.error]="out of memory with -Xmx$HEAP"
  elif ((rc != 0)); then
    R[$key.error]="exit code $rc"
  fi

  local count=0 failed=0 span=NULL
  read -r count failed span < <(repo_query "$engine" "
    SELECT COUNT(*), COALESCE(SUM(CASE WHEN STATUS = 'COMPLETED' THEN 0 ELSE 1 END), 0),
           TIMESTAMPDIFF(MICROSECOND, MIN(START_TIME), MAX(END_TIME))
    FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID > $before") || true
  R[$key.jobs]=${count:-0}
  R[$key.job]=-
  if [[ ${span:-NULL} =~ ^[0-9]+$ ]]; then
    R[$key.job]=$(((span + 500) / 1000))
    if ((count == 1)); then R[$key.job]=$(precise_ms "$span" "$applog" '^.* Job: \[.*\] completed with .* in [0-9hms]+$'); fi
  fi
  if [[ -z ${R[$key.error]} ]] && ((failed > 0)); then R[$key.error]="a job did not complete"; fi

  if [[ -n ${R[$key.error]} ]]; then
    say "$engine $phase: FAILED (${R[$key.error]}); the last lines of $log:"
    tail -n 15 "$log" | sed 's/^/    /'
    return 1
  fi
  local job="job $(secs "${R[$key.job]}") s"
  ((R[$key.jobs] > 0)) || job="no job recorded"
  say "$engine $phase ($*): $job, wall $(secs "${R[$key.wall]}") s, peak heap $(mb "${R[$key.heap]}")"
}

# Setup (import-registry, not timed in the ratios), then the three timed phases as separate commands.
pipeline() { # ENGINE
  local engine=$1
  if [[ $engine == maria ]]; then
    say "MariaDB: database $BENCH_DB dropped and created again"
    mariadb_cli -e "DROP DATABASE IF EXISTS \`$BENCH_DB\`; CREATE DATABASE \`$BENCH_DB\` CHARACTER SET utf8mb4"
  else
    say "H2: a new database file in $RUN/h2"
  fi
  run_phase "$engine" setup import-registry --year "$REGISTRY_YEAR" "$DATA/registry-$REGISTRY_YEAR.csv" || return 1
  run_phase "$engine" import import --period "$PERIOD" "$DATA/$PERIOD" || return 1
  local accepted
  accepted=$(grep -oE 'accepted [0-9]+' "$RUN/$engine.import.out" | awk '{ n += $2 } END { print n + 0 }')
  [[ $accepted == "$ROWS" ]] || say "WARNING: $engine import accepted $accepted reports, not $ROWS"
  run_phase "$engine" compute compute --period "$PERIOD" || return 1
  run_phase "$engine" report report --period "$PERIOD" || return 1
  if [[ $engine == maria ]]; then
    # What the data-quality flags add: the report again, without them and with them, twice, taking turns (the first
    # report above warmed the caches for all four alike)
    local turn
    for turn in 1 2; do
      run_phase "$engine" "report-without-flags-$turn" report --period "$PERIOD" || return 1
      run_phase "$engine" "report-with-flags-$turn" report --period "$PERIOD" || return 1
    done
  fi
}

# ---------------------------------------------------------------------------------------------------- run

failures=0
baseline
for engine in $ENGINES; do
  pipeline "$engine" || failures=$((failures + 1))
done
rm -rf "$RUN/h2"   # gigabytes at 3M rows; the logs stay in $RUN

# ---------------------------------------------------------------------------------------------------- results

# The cells "job | wall | rows/s | heap" of one phase, or the failure. Setup stores registry units, not reports: no
# rows/s there.
cells() { # ENGINE PHASE
  local key=$1.$2 rows_per_second
  if [[ -z ${R[$key.wall]+x} ]]; then
    echo "not run | | | "
  elif [[ -n ${R[$key.error]} ]]; then
    echo "**failed: ${R[$key.error]}** | $(secs "${R[$key.wall]}") | | $(mb "${R[$key.heap]}")"
  else
    rows_per_second=$(rate "${R[$key.job]}")
    [[ $2 != setup ]] || rows_per_second=
    echo "$(secs "${R[$key.job]}") | $(secs "${R[$key.wall]}") | $rows_per_second | $(mb "${R[$key.heap]}")"
  fi
}

# The whole of ENGINE: sums of the three phases' job durations and wall times, the largest heap; "-" if one is missing.
for engine in maria h2; do
  job=0 wall=0 heap=0
  for phase in import compute report; do
    key=$engine.$phase
    if [[ -z ${R[$key.wall]+x} || -n ${R[$key.error]} || ${R[$key.job]} == - ]]; then job=-; wall=-; break; fi
    job=$((job + R[$key.job])); wall=$((wall + R[$key.wall]))
    [[ ${R[$key.heap]} != - ]] && ((R[$key.heap] > heap)) && heap=${R[$key.heap]}
  done
  R[$engine.whole.job]=$job
  R[$engine.whole.wall]=$wall
  R[$engine.whole.heap]=$heap
done

whole_cells() { # ENGINE
  local e=$1
  if [[ ${R[$e.whole.job]} == - ]]; then echo "- | - | - | -"; return; fi
  echo "**$(secs "${R[$e.whole.job]}")** | $(secs "${R[$e.whole.wall]}") | $(rate "${R[$e.whole.job]}") | ${R[$e.whole.heap]} MB"
}

# The data-quality flags on MariaDB (docs/data-quality.md): the report with them against the report without them, the
# means of two runs each taking turns, against compute + the report without them (the aim: they add at most a tenth).
# Their own time beside the outputs, from the timing log, is for the record.
flags_added=- flags_share=- without_flags=- with_flags=-
if [[ -n ${R[maria.compute.wall]+x} && -z ${R[maria.compute.error]} && ${R[maria.compute.job]} != - ]]; then
  sum_without=0 sum_with=0
  for turn in 1 2; do
    for key in maria.report-without-flags-$turn maria.report-with-flags-$turn; do
      if [[ -z ${R[$key.wall]+x} || -n ${R[$key.error]} || ${R[$key.job]} == - ]]; then sum_without=-; break 2; fi
    done
    sum_without=$((sum_without + R[maria.report-without-flags-$turn.job]))
    sum_with=$((sum_with + R[maria.report-with-flags-$turn.job]))
  done
  if [[ $sum_without != - ]]; then
    without_flags=$((sum_without / 2)) with_flags=$((sum_with / 2)) flags_added=$(((sum_with - sum_without) / 2))
    flags_share=$(awk -v a="$flags_added" -v t="$((R[maria.compute.job] + without_flags))" \
      'BEGIN { printf "%.1f", 100 * a / t }')
  fi
fi
flag_ms=
if [[ -f $RUN/maria.report-with-flags-2.log ]]; then
  flag_ms=$(sed -nE 's/.* doubtful figures flagged in ([0-9]+) ms$/\1/p' "$RUN/maria.report-with-flags-2.log" | tail -n 1)
fi

pipeline_ratio=$(ratio "${R[maria.whole.job]}" "${R[base.total]}")
maria_compute=-
[[ -n ${R[maria.compute.wall]+x} && -z ${R[maria.compute.error]} ]] && maria_compute=${R[maria.compute.job]}
compute_ratio=$(ratio "$maria_compute" "${R[base.aggregate]}")
# the heap bound: every command of both databases ran within -Xmx$HEAP (a JVM out of memory ends the command)
heap_peak=0 heap_verdict=PASS out_of_memory=
for key in maria.setup maria.import maria.compute maria.report maria.report-run \
           maria.report-without-flags-{1,2} maria.report-with-flags-{1,2} \
           h2.setup h2.import h2.compute h2.report h2.report-run; do
  [[ -n ${R[$key.wall]+x} ]] || continue
  [[ ${R[$key.heap]} != - ]] && ((R[$key.heap] > heap_peak)) && heap_peak=${R[$key.heap]}
  [[ ${R[$key.error]} == out\ of\ memory* ]] && out_of_memory=1
done
heap_value="$heap_peak MB"
if [[ -n $out_of_memory ]]; then heap_value="**out of memory** with -Xmx$HEAP"; heap_verdict=FAIL; fi
((heap_peak < 1024)) || heap_verdict=FAIL

# The machine, for the record.
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//') || cpu_model=unknown
memory=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
disk=$(df -hT "$RUN" | awk 'NR == 2 { printf "%s, %s, %s free", $2, $3, $5 }')   # the file system, not the device: no path of this machine
java_version=$("$JAVA" -version 2>&1 | head -n 1)
read -r mariadb_version pool < <(mariadb_cli -N -B -e "SELECT VERSION(), @@innodb_buffer_pool_size")
h2_version=$(h2_shell "jdbc:h2:mem:version" "SELECT H2VERSION()" | sed -n 2p | tr -d ' ')
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git status --porcelain -- . ':!docs/performance.md' 2>/dev/null) ]] || commit+=" with uncommitted changes"


SECTION=$RUN/section.md
{
  echo "<!-- bench:begin rows=$ROWS -->"
  echo "### $(group "$ROWS") reports"
  echo
  echo "Run $(date '+%Y-%m-%d %H:%M %Z') on commit $commit; load average at start: $load."
  echo "Machine: $(nproc) CPUs ($cpu_model), $memory memory; disk $disk; $java_version;"
  echo "MariaDB $mariadb_version (innodb_buffer_pool_size $((pool / 1048576)) MiB) on $DB_HOST:$DB_PORT;" \
    "H2 $h2_version; java -Xmx$HEAP."
  echo
  echo "| phase | MariaDB job s | wall s | rows/s | peak heap | H2 job s | wall s | rows/s | peak heap |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|"
  echo "| setup: import-registry $REGISTRY_YEAR (not in the ratios) | $(cells maria setup) | $(cells h2 setup) |"
  echo "| import (with validation) | $(cells maria import) | $(cells h2 import) |"
  echo "| compute | $(cells maria compute) | $(cells h2 compute) |"
  echo "| report | $(cells maria report) | $(cells h2 report) |"
  echo "| **whole** (import + compute + report) | $(whole_cells maria) | $(whole_cells h2) |"
  echo
  echo "| baseline on the same MariaDB | s | rows/s |"
  echo "|---|--:|--:|"
  echo "| LOAD DATA LOCAL INFILE of the same CSV ($(group "${R[base.loaded]}") rows, same primary key) |" \
    "$(secs "${R[base.load]}") | $(rate "${R[base.load]}") |"
  echo "| enrollment aggregate SQL (${R[base.groups]} groups) | $(secs "${R[base.aggregate]}") | $(rate "${R[base.aggregate]}") |"
  echo "| **total** | **$(secs "${R[base.total]}")** | $(rate "${R[base.total]}") |"
  echo
  echo "| target | value | limit | |"
  echo "|---|--:|--:|---|"
  echo "| pipeline ratio: MariaDB whole ÷ baseline total | $pipeline_ratio | ≤ 1.5 | $(verdict "$pipeline_ratio" 1.5) |"
  echo "| compute ratio: MariaDB compute ÷ aggregate SQL | $compute_ratio | ≤ 2 | $(verdict "$compute_ratio" 2) |"
  echo "| peak heap of any command (the bound is stated for 3M rows) | $heap_value | < 1 GB | $heap_verdict |"
  echo "| data-quality flags, MariaDB: what they add to the report ($(secs "$with_flags") s with them," \
    "$(secs "$without_flags") s without, means of two runs each; they took $(secs "${flag_ms:--}") s beside the" \
    "outputs) ÷ (compute + report without them) | $flags_share % | ≤ 10 % | $(verdict "$flags_share" 10) |"
  # read back by the linearity table: seconds of the whole per database (job durations), "-" when missing
  echo "<!-- bench-data rows=$ROWS maria=$(secs "${R[maria.whole.job]}") h2=$(secs "${R[h2.whole.job]}")" \
    "baseline=$(secs "${R[base.total]}") -->"
  echo "<!-- bench:end rows=$ROWS -->"
} >"$SECTION"

echo
grep -v '^<!--' "$SECTION"
echo

# ----------------------------------------------------------------------------------------------- docs/performance.md

# The file is rebuilt from: the fixed introduction, the linearity table over the sections present, and one section per
# size, in order of size; this run's section replaces the one of the same size.
SECTIONS=$RUN/sections
mkdir -p "$SECTIONS"
if [[ -f $DOC ]]; then
  awk -v dir="$SECTIONS" '
    /^<!-- bench:begin rows=[0-9]+ -->$/ { file = dir "/" substr($3, 6) ".md" }
    file != "" { print > file }
    /^<!-- bench:end rows=[0-9]+ -->$/ { close(file); file = "" }' "$DOC"
fi
cp "$SECTION" "$SECTIONS/$ROWS.md"
mapfile -t sizes < <(find "$SECTIONS" -name '*.md' -printf '%f\n' | sed 's/\.md$//' | sort -n)

# Seconds per million reports of each size, from the bench-data line of each section.
linearity() {
  echo "### Linearity"
  echo
  if ((${#sizes[@]} < 2)); then
    echo "One size measured so far; run \`make bench\` with another ROWS (100000, 1000000, 3000000) to compare."
    return
  fi
  echo "Seconds per million reports (job durations; whole = import + compute + report):"
  echo
  echo "| reports | MariaDB | H2 | baseline |"
  echo "|--:|--:|--:|--:|"
  local n db data first= first_n last= last_n
  for n in "${sizes[@]}"; do
    data=$(grep -m1 '^<!-- bench-data ' "$SECTIONS/$n.md") || continue
    local -A per=()
    for db in maria h2 baseline; do
      per[$db]=$(echo "$data" | sed -nE "s/.* $db=([0-9.]+) .*/\1/p" \
        | awk -v n="$n" 'NF { printf "%.1f", $1 * 1000000 / n }')
    done
    echo "| $(group "$n") | ${per[maria]:--} | ${per[h2]:--} | ${per[baseline]:--} |"
    if [[ -n ${per[maria]} ]] && ((n >= 100000)); then   # the target: linear from 100k to 3M
      [[ -n $first ]] || { first=${per[maria]}; first_n=$n; }
      last=${per[maria]}; last_n=$n
    fi
  done
  if [[ -n $first && $first_n != "$last_n" ]]; then
    local growth
    growth=$(awk -v a="$last" -v b="$first" 'BEGIN { printf "%.2f", a / b }')
    echo
    echo "MariaDB: a report costs $growth × at $(group "$last_n") reports what it costs at $(group "$first_n"):" \
      "$(verdict "$growth" 1.25) (linear growth: at most 1.25 ×)."
  fi
}

[[ -f $DOC ]] && grep -q '^<!-- bench:figures -->$' "$DOC" || die "$DOC has no line <!-- bench:figures -->"
{
  sed '/^<!-- bench:figures -->$/q' "$DOC"
  echo
  linearity
  for n in "${sizes[@]}"; do
    echo
    cat "$SECTIONS/$n.md"
  done
} >"$DOC.tmp"
mv "$DOC.tmp" "$DOC"
say "results written to $DOC (section $(group "$ROWS") reports); logs in $RUN"

if ((failures > 0)); then die "$failures database(s) did not complete the pipeline: see above"; fi
