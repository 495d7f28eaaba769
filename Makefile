# The whole developer loop. `make run` = install, index the corpus, serve. `make test` = lint + types + tests.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install install-dev browser run index serve test lint fmt bench eval clean

help:  ## list targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# the CPU build of torch lies on disk; install it first so nothing pulls a CUDA build
	$(BIN)/pip install -q torch==2.13.0

install: $(BIN)/python  ## install the app into .venv
	$(BIN)/pip install -q -e .

install-dev: $(BIN)/python  ## install the app plus test tools (and Dask for --cluster) into .venv
	$(BIN)/pip install -q -e '.[dev,cluster]'

browser:  ## Debian's chromium + chromedriver for the end-to-end tests
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null)

run: install  ## main job: index corpus/ (incrementally) and serve the web UI
	$(BIN)/rapport serve --host $(HOST) --port $(PORT)

index: install  ## build or refresh the index of corpus/
	$(BIN)/rapport index corpus/

serve: install
	$(BIN)/rapport serve --host $(HOST) --port $(PORT)

lint: install-dev  ## ruff + mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

fmt: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install-dev browser lint  ## everything CI runs: lint, types, all tests incl. slow and e2e
	$(BIN)/python -m pytest -q

bench: install-dev  ## benchmarks (print their figures)
	$(BIN)/python -m bench.latency
	$(BIN)/python -m bench.indexing
	$(BIN)/python -m bench.scale
	$(BIN)/python -m bench.units_scale
	$(BIN)/python -m bench.similar_load

eval: install-dev  ## retrieval, assistant and similar-formulation quality on the dev sets
	$(BIN)/python -m bench.evaluate
	$(BIN)/python -m bench.ask_eval
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout2.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout3.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout4.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout5.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout6.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout7.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout8.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout9.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout10.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout11.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout12.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout13.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout14.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout15.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout16.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout17.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout18.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout19.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout20.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout21.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout22.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout23.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout24.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout25.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout26.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout27.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout28.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout29.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout30.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout31.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout32.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout33.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout34.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout35.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout36.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout37.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout38.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout39.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout40.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout41.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout42.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout43.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout44.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout45.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout46.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout47.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout48.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout49.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout50.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout51.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout52.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout53.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout54.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout55.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout56.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout57.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout58.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout59.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout60.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout61.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout62.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout63.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout64.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout65.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout66.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout67.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout68.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout69.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout70.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout71.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout72.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout73.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout74.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout75.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout76.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout77.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout78.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout79.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout80.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout81.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout82.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout83.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout84.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout85.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout86.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout87.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout88.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout89.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout90.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout91.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout92.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout93.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout94.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout95.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout96.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout97.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout98.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout99.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout100.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout101.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout102.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout103.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout104.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout105.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout106.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout107.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout108.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout109.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout110.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout111.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout112.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout113.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout114.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout115.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout116.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout117.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout118.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout119.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout120.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout121.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout122.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout123.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout124.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout125.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout126.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout127.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout128.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout129.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout130.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout131.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout132.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout133.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout134.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout135.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout136.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout137.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout138.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout139.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout140.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout141.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout142.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout143.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout144.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout145.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout146.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout147.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout148.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout149.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout150.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout151.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout152.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout153.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout154.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout155.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout156.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout157.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout158.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout159.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout160.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout161.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout162.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout163.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout164.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout165.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout166.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout167.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout168.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout169.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout170.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout171.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout172.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout173.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout174.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout175.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout176.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout177.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout178.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout179.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout180.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout181.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout182.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout183.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout184.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout185.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout186.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout187.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout188.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout189.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout190.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout191.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout192.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout193.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout194.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout195.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout196.jsonl
	$(BIN)/python -m bench.ask_eval --devset bench/ask_heldout197.jsonl
	$(BIN)/python -m bench.ask_tradeoff
	$(BIN)/python -m bench.ask_calibrate
	$(BIN)/python -m bench.similar_eval
	$(BIN)/python -m bench.search_gold

clean:
	rm -rf $(VENV) .index .pytest_cache .mypy_cache .ruff_cache
