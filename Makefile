# Event-timeline dataset: make run builds it from seeds/, make test tests it.
SHELL      := /bin/bash
GO         ?= go
BIN        := bin/timeline
INPUT      ?= seeds
OUT        ?= out
export GOTOOLCHAIN := local
export CGO_ENABLED := 1
GOFLAGS_BUILD := -trimpath

.PHONY: all setup run build test eval eval-news bench bench-stages fuzz clean help

all: run

help:
	@echo "make run     - install what is missing, build the dataset from $(INPUT)/ into $(OUT)/, print the summary and timeline"
	@echo "make test    - run every test (go vet + go test ./...)"
	@echo "make eval    - rebuild $(OUT)/ from $(INPUT)/ and score it against gold/ (and the keyword baseline)"
	@echo "make eval-news - build and score the held-out news sets gold/news, news2 ... news16"
	@echo "make bench   - end-to-end scale run at 10 MB, 100 MB, 1 GB + DuckDB query latencies"
	@echo "make bench-stages - go test -bench for every stage"
	@echo "make fuzz    - run each fuzz target for FUZZTIME (default 1m)"
	@echo "make clean   - remove $(OUT)/ data, bin/ and caches"

# setup installs what the build needs on a fresh machine: a C compiler for
# go-duckdb (cgo) and the Go modules.
setup:
	@command -v gcc >/dev/null || { echo "installing gcc (needed by go-duckdb)"; apt-get update -qq && apt-get install -y -qq gcc g++ >/dev/null; }
	@$(GO) mod download

build: setup
	$(GO) build $(GOFLAGS_BUILD) -o $(BIN) ./cmd/timeline

run: build
	$(BIN) build --input $(INPUT) --out $(OUT)
	@echo
	@echo "Timeline of canonical events (out/events.duckdb, view 'timeline'):"
	@$(BIN) query --db $(OUT)/events.duckdb "select date_start as date, time_value as \"when\", type, subtype, country, doc_count as docs, left(sentence, 90) as sentence from timeline where date_start is not null order by date_start, event_id"

test: setup
	$(GO) vet ./...
	$(GO) test -count=1 ./...

# rebuilt every time (a fraction of a second for the seeds), so the score is
# always that of the current code, never of a dataset an older binary left
eval: build
	@$(BIN) build --input $(INPUT) --out $(OUT) >/dev/null
	$(BIN) eval --gold gold --input $(INPUT) --db $(OUT)/events.duckdb

# the held-out news sets of gold/news and gold/news2, built into scratch folders
NEWS_OUT ?= /tmp/timeline-news-out
eval-news: build
	@for set in news news2 news3 news4 news5 news6 news7 news8 news9 news10 news11 news12 news13 news14 news15 news16 news17 news18; do \
		echo "== gold/$$set =="; \
		$(BIN) build --input gold/$$set/texts --out $(NEWS_OUT)-$$set --no-cache >/dev/null || exit 1; \
		$(BIN) eval --gold gold/$$set --input gold/$$set/texts --db $(NEWS_OUT)-$$set/events.duckdb; \
	done

bench: build
	$(GO) run ./cmd/bench --sizes 10MB,100MB,1GB

bench-stages:
	$(GO) test -run '^$$' -bench . -benchmem ./pipeline/...

FUZZTIME ?= 1m
fuzz:
	@set -e; for t in \
	  "./pipeline/temporal FuzzResolve" "./pipeline/temporal FuzzFind" \
	  "./pipeline/ingest FuzzClean" "./pipeline/segment FuzzSplit" "./pipeline/manifest FuzzManifest"; do \
	  set -- $$t; echo "== $$2 ($$1) for $(FUZZTIME)"; \
	  $(GO) test -run '^$$' -fuzz "^$$2$$" -fuzztime $(FUZZTIME) $$1; done

clean:
	rm -rf bin .out.cache .out.tmp-* .out.lock
	find $(OUT) -mindepth 1 ! -name README.md -delete 2>/dev/null || true
