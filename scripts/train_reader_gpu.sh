#!/usr/bin/env bash
# Train several reader configurations side by side on one GPU, calibrate each on its
# held-out SQuAD train articles, score each on the SQuAD v2.0 fit half's second part
# (questions no reader trains on), and keep the one with the best F1 there. Model choice
# never looks at the dev sets' report parts. Run from the repository root; expects
# .carry/base (base encoder) and .carry/squad (the SQuAD files).
set -uo pipefail
SQUAD=${SQUAD:-.carry/squad}
BASE=${BASE:-.carry/base}
WORK=${WORK:-/tmp/readers}
RESULTS=${OUT:-runs/gpu}
MINUTES=${MINUTES:-6}
DEVICE=${DEVICE:-cuda}
LIMIT=${LIMIT:-0}  # smoke runs: questions to train on
CHECK_LIMIT=${CHECK_LIMIT:-0}  # and to check with
export HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 OMP_NUM_THREADS=4
mkdir -p "$WORK" "$RESULTS"
python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__, torch.cuda.is_available() and torch.cuda.get_device_name(0))"

train() {
  local name=$1; shift
  python3 -m training.train_reader --data "$SQUAD/squad-v1.1-train.json.gz" --base "$BASE" --out "$WORK/$name" \
    --max-minutes "$MINUTES" --limit "$LIMIT" "$@" > "$WORK/train-$name.log" 2>&1
  python3 -m training.calibrate --reader "$WORK/$name" --data "$SQUAD/squad-v1.1-train.json.gz" --device "$DEVICE" \
    --v2-data "$SQUAD/squad-v2.0-dev.json.gz" --limit "$CHECK_LIMIT" > "$WORK/check-$name.json" 2> "$WORK/calibrate-$name.log"
}
V2="--v2-data $SQUAD/squad-v2.0-dev.json.gz"
IFS=';' read -ra CONFIGS <<< "${CONFIGS:-a --lr 1.5e-4 --epochs 4 --batch-size 64;b --lr 1.5e-4 --epochs 4 --batch-size 64 $V2 --v2-repeat 4;c --lr 1.5e-4 --epochs 4 --batch-size 64 $V2 --v2-repeat 10}"
for config in "${CONFIGS[@]}"; do train $config & done
wait

python3 - "$WORK" "$RESULTS" <<'PY'
import json, sys
from pathlib import Path
work, results = Path(sys.argv[1]), Path(sys.argv[2])
summary = {}
for d in sorted(p for p in work.iterdir() if p.is_dir()):
    check = work / f"check-{d.name}.json"
    summary[d.name] = {
        "training": json.loads((d / "training_args.json").read_text()) if (d / "training_args.json").exists() else None,
        "check": json.loads(check.read_text()) if check.exists() and check.stat().st_size else None,
    }
ok = {k: v for k, v in summary.items() if v["check"]}
best = max(ok, key=lambda k: ok[k]["check"]["v2_part_f1"]) if ok else None
(results / "summary.json").write_text(json.dumps({"chosen": best, "runs": summary}, indent=2))
(work / "CHOSEN").write_text(best or "")
for k, v in summary.items():
    c = v["check"] or {}
    t = v["training"] or {}
    print(k, "steps", t.get("steps"), "of", t.get("total_steps"),
          {m: round(c[m], 2) for m in c if isinstance(c[m], float)})
print("chosen:", best)
PY
chosen=$(cat "$WORK/CHOSEN")
for f in "$WORK"/train-*.log "$WORK"/calibrate-*.log; do echo "== $f"; tail -c 1500 "$f"; done > "$RESULTS/logs.txt" 2>/dev/null
if [ -n "$chosen" ]; then
  tar -C "$WORK" --exclude checkpoint.pt -cf - "$chosen" | split -b 15M - "$RESULTS/reader.tar.part-"
fi
ls -la "$RESULTS"
