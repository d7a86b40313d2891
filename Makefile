# unionstat — the two commands that matter: `make run` and `make test` (see README.md).
SHELL := /bin/bash
MVN   ?= mvn -B -q
# tests print Surefire's per-class lines and its closing "Tests run: …" summary (CI reads it)
MVN_TEST ?= mvn -B --no-transfer-progress
JAR   := batch-jobs/target/unionstat.jar
TOOLS := tools/target/unionstat-tools.jar
JAVA  ?= java
OUT   ?= out
# JVM options of `make run` (docs/performance.md#the-small-data-set): a run of the sample data lasts a minute at most,
# too short for the optimising compiler to earn back its CPU, and its heap is small enough for the serial collector.
# RUN_JVM_OPTS= runs with the JVM's defaults.
RUN_JVM_OPTS ?= -XX:TieredStopAtLevel=1 -XX:+UseSerialGC

.PHONY: build run test test-mariadb sample-data templates font bench bench-small clean

build: $(JAR)

$(JAR) $(TOOLS) &: pom.xml batch-jobs/pom.xml tools/pom.xml $(shell find batch-jobs/src/main tools/src/main -type f 2>/dev/null)
	$(MVN) package -DskipTests

# The whole pipeline on sample-data/ with the embedded database, in one process; outputs in $(OUT)/: every registry,
# then each quarter in order, then every period with data (quarters and years) computed and reported. The files stay
# where they are. Running it again recognises what is done and says so.
run: build
	$(JAVA) $(RUN_JVM_OPTS) -jar $(JAR) run --out $(OUT) sample-data

# Regenerates the committed sample-data/ (fixed seed, byte-identical) with the tools module's generator. With ROWS=n:
# the benchmark form instead, one plain UTF-8 CSV of exactly n reports per quarter plus both registries, streamed to
# DIR (default target/bench-data); PERIODS=2026Q2,2026Q3 limits the quarters.
sample-data: build
	$(JAVA) -jar $(TOOLS) sample-data $(if $(ROWS),--bench --rows $(ROWS) --out $(or $(DIR),target/bench-data) \
	  $(if $(PERIODS),--periods $(PERIODS)),--out $(or $(DIR),sample-data))

# Unit tests and the integration tests on the embedded H2 database.
test:
	$(MVN_TEST) test

# The integration tests on MariaDB/MySQL (default 127.0.0.1:3306, root, no password; see README.md).
test-mariadb:
	$(MVN_TEST) test -Pmariadb

# The benchmark (a command; CI never runs it): ROWS reports (default 1000000) imported, computed and reported on
# MariaDB and on H2, against a LOAD DATA + aggregate SQL baseline on the same MariaDB; figures in docs/performance.md.
# ROWS is not given a default at the top: `make sample-data` reads an unset ROWS as "the sample data set".
BENCH_DB_HOST     ?= 127.0.0.1
BENCH_DB_PORT     ?= 3306
BENCH_DB_USER     ?= root
BENCH_DB_PASSWORD ?=
BENCH_DB          ?= unionstat_bench
BENCH_BASELINE_DB ?= unionstat_baseline
BENCH_ENGINES     ?= maria h2
# passed through the environment, so that a password shows neither in the echoed recipe nor in ps
export BENCH_DB_HOST BENCH_DB_PORT BENCH_DB_USER BENCH_DB_PASSWORD BENCH_DB BENCH_BASELINE_DB BENCH_ENGINES
bench: build
	ROWS='$(or $(ROWS),1000000)' JAVA='$(JAVA)' bash tools/bench/bench.sh

# The fixed costs on sample-data/ (H2, in target/bench-small): make run from a fresh state, make run again with nothing
# changed, and one quarter inside the running process (docs/performance.md). REPEAT=n runs it n times (busy machines).
bench-small: build
	JAVA='$(JAVA)' RUN_JVM_OPTS='$(RUN_JVM_OPTS)' REPEAT='$(or $(REPEAT),1)' bash tools/bench/bench-small.sh

# Rewrites templates/*.xlsx and templates/report.docx with the built-in layouts: this undoes any restyling done in
# Excel, Word or WPS (docs/templates.md).
templates: build
	$(JAVA) -jar $(TOOLS) templates templates

# Remakes the chart font bundled in the jar, a subset of Noto Sans CJK SC, from the installed fonts-noto-cjk with
# python3-fonttools (docs/templates.md#chart-fonts). The same source font gives the same file.
font:
	bash tools/fonts/make-subset.sh

clean:
	$(MVN) clean
	rm -rf var $(OUT)
