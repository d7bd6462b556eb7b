#!/usr/bin/env bash
# Train several reader configurations side by side on one GPU, calibrate each on its
# held-out SQuAD train articles, score each on SQuAD dev, and keep the one with the best
# held-out F1 (model choice never looks at the dev sets). Run from the repository root;
# expects .carry/base (base encoder) and .carry/squad (the SQuAD files).
set -uo pipefail
SQUAD=${SQUAD:-.carry/squad}
BASE=${BASE:-.carry/base}
WORK=${WORK:-/tmp/readers}
RESULTS=${OUT:-runs/gpu}
MINUTES=${MINUTES:-6}
DEVICE=${DEVICE:-cuda}
DEV_LIMIT=${DEV_LIMIT:-0}
export HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 OMP_NUM_THREADS=4
mkdir -p "$WORK" "$RESULTS"
python3 -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__, torch.cuda.is_available() and torch.cuda.get_device_name(0))"

train() {
  local name=$1; shift
  python3 -m training.train_reader --data "$SQUAD/squad-v1.1-train.json.gz" --base "$BASE" --out "$WORK/$name" \
    --max-minutes "$MINUTES" "$@" > "$WORK/train-$name.log" 2>&1
  python3 -m training.calibrate --reader "$WORK/$name" --data "$SQUAD/squad-v1.1-train.json.gz" --device "$DEVICE" > "$WORK/calibrate-$name.log" 2>&1
  python3 - "$WORK/$name" "$SQUAD" "$DEVICE" "$DEV_LIMIT" > "$WORK/dev-$name.json" 2> "$WORK/dev-$name.log" <<'PY'
import json, sys
from eval.squad import evaluate_reader
from qa.reader import ExtractiveReader
model, squad, device, limit = sys.argv[1:]
reader = ExtractiveReader(model, batch_size=64, device=device)
print(json.dumps({name: evaluate_reader(reader, f"{squad}/{name}.json.gz", limit=int(limit), progress=False)
                  for name in ("squad-v1.1-dev", "squad-v2.0-dev")}))
PY
}
IFS=';' read -ra CONFIGS <<< "${CONFIGS:-a --lr 1e-4 --epochs 3;b --lr 6e-5 --epochs 3;c --lr 2e-4 --epochs 4 --batch-size 64}"
for config in "${CONFIGS[@]}"; do train $config & done
wait

python3 - "$WORK" "$RESULTS" <<'PY'
import json, sys
from pathlib import Path
work, results = Path(sys.argv[1]), Path(sys.argv[2])
summary = {}
for d in sorted(p for p in work.iterdir() if p.is_dir()):
    row = {"training": json.loads((d / "training_args.json").read_text()) if (d / "training_args.json").exists() else None,
           "calibration": json.loads((d / "calibration.json").read_text()) if (d / "calibration.json").exists() else None}
    dev = work / f"dev-{d.name}.json"
    row["dev"] = json.loads(dev.read_text()) if dev.exists() and dev.stat().st_size else None
    summary[d.name] = row
ok = {k: v for k, v in summary.items() if v["calibration"]}
best = max(ok, key=lambda k: ok[k]["calibration"]["heldout_f1_at_threshold"]) if ok else None
(results / "summary.json").write_text(json.dumps({"chosen": best, "runs": summary}, indent=2))
(work / "CHOSEN").write_text(best or "")
for k, v in summary.items():
    dev = v["dev"] or {}
    print(k, "heldout", v["calibration"] and round(v["calibration"]["heldout_f1_at_threshold"], 2),
          {n: {m: round(s[m], 2) for m in ("em", "f1", "forced_f1", "has_ans_f1", "no_ans_f1") if m in s} for n, s in dev.items()})
print("chosen:", best)
PY
chosen=$(cat "$WORK/CHOSEN")
tail -c 3000 "$WORK"/train-*.log > "$RESULTS/logs.txt" 2>/dev/null
if [ -n "$chosen" ]; then
  tar -C "$WORK" --exclude checkpoint.pt -cf - "$chosen" | split -b 15M - "$RESULTS/reader.tar.part-"
fi
ls -la "$RESULTS"
