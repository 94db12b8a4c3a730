"""Check that a Spark run gives, document by document, what a single toolkit process gives.

    python3 check_output.py --toolkit ../../.build/release/toolkit --chain segment \
        --input ../../../shared/data/corpus-ar/news-sample.jsonl --spark-output /tmp/spark-out
"""
import argparse
import glob
import json
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--toolkit", required=True)
    parser.add_argument("--chain", default="segment")
    parser.add_argument("--input", required=True)
    parser.add_argument("--spark-output", required=True)
    args = parser.parse_args()

    single = subprocess.run(
        [args.toolkit, "run", "--chain", args.chain, "--format", "jsonl", "--quiet", args.input],
        check=True, capture_output=True, text=True).stdout.splitlines()
    expected = {json.loads(line)["id"]: json.loads(line) for line in single}

    spark = {}
    for part in sorted(glob.glob(f"{args.spark_output}/part-*")):
        with open(part, encoding="utf-8") as handle:
            for line in handle:
                document = json.loads(line)
                if document["id"] in spark:
                    sys.exit(f"document {document['id']} came out twice")
                spark[document["id"]] = document

    missing = expected.keys() - spark.keys()
    extra = spark.keys() - expected.keys()
    different = [key for key in expected.keys() & spark.keys() if expected[key] != spark[key]]
    print(f"{len(expected)} documents from one process, {len(spark)} from Spark; "
          f"{len(missing)} missing, {len(extra)} extra, {len(different)} different")
    sys.exit(1 if missing or extra or different else 0)


if __name__ == "__main__":
    main()
