# The reference side of `npm run bench`: Accel-NASBench's own surrogate, XGBoost in Python. Python
# (the project's only Python file) because that is what the ANB package runs; measuring it from
# anywhere else would not be the comparison. Run by bench/xgboostBench.ts with Debian's
# /usr/bin/python3 and python3-xgboost, which hands it gene-index matrices (uint8, 28 per row: the
# index of each gene's value in its ConfigSpace choices, blocks 0..6, e k l se).
#
#   train --data DIR   fits the 11 boosters the ANB way from DIR/data.json into DIR (once; skipped
#                      when DIR/<target>.ubj exist) and prints test-split quality as JSON
#   query --models DIR --singles F --batch F --calls N --threads N
#                      prints one-architecture latency (all 11 boosters) and one-batch time as JSON
import argparse
import json
import os
import sys
import time

import numpy as np
import xgboost as xgb

GENES = 28
# ANB's searched hyperparameters: the defaults of afzalxo/Accel-NASBench
# configs/model_configs/gradient_boosting/xgb_configspace.json (accuracy; its repository has no
# xgb_time_configspace.json, so train_time uses it too) and xgb_accel_<device>_<metric>_configspace.json.
# (max_depth, min_child_weight, colsample_bytree, colsample_bylevel, lambda, alpha, learning_rate)
SEARCHED = {
    "xgb": (3, 63, 0.9997914984098771, 0.9157826700519125, 5.423727616977492, 0.230005512513811, 0.09372802052223363),
    "a100_throughput": (18, 55, 0.9097376321422578, 0.48308960487027697, 83.95887062308326, 0.0021459456963039236, 0.0101951389402811),
    "3090_throughput": (18, 86, 0.9156526861245335, 0.4804856428327929, 0.028351899206388396, 0.8073551822697085, 0.0242175410640684),
    "tpuv2_throughput": (3, 96, 0.9760845446385178, 0.4978277480638386, 1.8552572787315753, 0.005592478252816834, 0.06117488301287799),
    "tpuv3_throughput": (5, 1, 0.6487870297544149, 0.8363551800485661, 0.01746285269047176, 0.4163311089300814, 0.0035176109542415152),
    "zcu102_throughput": (5, 75, 0.6523671958153285, 0.7198770918338437, 0.0030156603593367213, 3.2391947346369023, 0.009466798280337972),
    "vck190_throughput": (18, 69, 0.8761256721162104, 0.7289658865030857, 48.74142376207071, 0.0022878673886706593, 0.004314680724948345),
    "zcu102_latency": (3, 4, 0.8465226351214215, 0.7204692114741709, 0.002576055369944968, 0.0022669803209708706, 0.09242049276246295),
    "vck190_latency": (14, 100, 0.9332627518629677, 0.9910632803481921, 982.6918178292592, 0.004741981191537512, 0.09994596819611132),
}
NUM_ROUNDS, EARLY_STOPPING, SEED = 20000, 100, 3


def params_for(target):
    metric, _, device = target.partition("_")
    key = "xgb" if target in ("val_top1", "val_top5", "train_time") else f"{device}_{metric}"
    names = ("max_depth", "min_child_weight", "colsample_bytree", "colsample_bylevel", "lambda", "alpha", "learning_rate")
    # As ANB's XGBModel: gbtree, squared error, rmse on the validation split, the run's seed (3).
    return {"booster": "gbtree", "objective": "reg:squarederror", "eval_metric": "rmse", "seed": SEED, **dict(zip(names, SEARCHED[key]))}


def split_xy(split, target):
    rows = [(g, v) for g, v in zip(split["genes"], split["y"][target]) if v is not None]
    return np.array([g for g, _ in rows], dtype=np.float32), np.array([v for _, v in rows], dtype=np.float64)


def train(data_dir, threads):
    from scipy.stats import kendalltau, spearmanr

    with open(os.path.join(data_dir, "data.json")) as f:
        data = json.load(f)
    quality = []
    for target in data["targets"]:
        path = os.path.join(data_dir, f"{target}.ubj")
        x_test, y_test = split_xy(data["test"], target)
        t0 = time.perf_counter()
        if os.path.exists(path):
            booster, fit_s = xgb.Booster(model_file=path), None
        else:
            x_train, y_train = split_xy(data["train"], target)
            x_val, y_val = split_xy(data["val"], target)
            dtrain, dval = xgb.DMatrix(x_train, label=y_train), xgb.DMatrix(x_val, label=y_val)
            booster = xgb.train({**params_for(target), "nthread": threads}, dtrain, num_boost_round=NUM_ROUNDS,
                                early_stopping_rounds=EARLY_STOPPING, evals=[(dval, "val")], verbose_eval=False)
            fit_s = time.perf_counter() - t0
            booster.save_model(path + ".tmp.ubj")  # the extension picks the format
            os.replace(path + ".tmp.ubj", path)
        pred = booster.predict(xgb.DMatrix(x_test))
        ss_res = float(np.sum((y_test - pred) ** 2))
        ss_tot = float(np.sum((y_test - y_test.mean()) ** 2))
        quality.append({
            "target": target, "nTest": len(y_test), "rounds": booster.num_boosted_rounds(),
            "r2": 1 - ss_res / ss_tot, "kendallTau": float(kendalltau(y_test, pred)[0]),
            "spearman": float(spearmanr(y_test, pred).correlation), "mae": float(np.mean(np.abs(y_test - pred))),
            "fitSeconds": fit_s,
        })
    return {"xgboost": xgb.__version__, "quality": quality}


def quantile(sorted_ms, q):
    return sorted_ms[min(len(sorted_ms) - 1, int(q * len(sorted_ms)))]


def query(models_dir, targets, singles, batch, calls, threads):
    boosters = []
    for target in targets:
        b = xgb.Booster(model_file=os.path.join(models_dir, f"{target}.ubj"))
        b.set_param({"nthread": threads})
        boosters.append(b)

    def predict_all(x):  # ANB's query path (XGBModel.query_config/query_batch): DMatrix, then predict
        d = xgb.DMatrix(x, nthread=threads)
        return [b.predict(d) for b in boosters]

    for i in range(50):
        predict_all(singles[i % len(singles)].reshape(1, GENES).astype(np.float32))
    times = []
    for i in range(calls):  # the uint8 → float32 row conversion is timed, like our encoding
        t = time.perf_counter()
        predict_all(singles[i % len(singles)].reshape(1, GENES).astype(np.float32))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    t, cpu = time.perf_counter(), time.process_time()
    predict_all(batch.astype(np.float32))  # conversion timed, as our batch time includes encoding
    batch_ms, cpu_ms = (time.perf_counter() - t) * 1000, (time.process_time() - cpu) * 1000
    return {
        "xgboost": xgb.__version__, "threads": threads, "targets": len(boosters), "trees": sum(b.num_boosted_rounds() for b in boosters),
        "single": {"calls": calls, "p50Ms": round(quantile(times, 0.5), 4), "p99Ms": round(quantile(times, 0.99), 4), "meanMs": round(sum(times) / calls, 4)},
        "batch": {"archs": len(batch), "totalMs": round(batch_ms, 3), "cpuMs": round(cpu_ms, 3), "archsPerSecond": round(len(batch) / (batch_ms / 1000))},
    }


def read_genes(path):
    return np.fromfile(path, dtype=np.uint8).reshape(-1, GENES)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=("train", "query"))
    p.add_argument("--data")
    p.add_argument("--models")
    p.add_argument("--targets", default="")
    p.add_argument("--singles")
    p.add_argument("--batch")
    p.add_argument("--calls", type=int, default=10000)
    p.add_argument("--threads", type=int, default=1)
    a = p.parse_args()
    if a.mode == "train":
        result = train(a.data, a.threads)
    else:
        result = query(a.models, a.targets.split(","), read_genes(a.singles), read_genes(a.batch), a.calls, a.threads)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
