"""Run a toolkit chain over a JSONL corpus on Spark, with the toolkit as the mapper.

Each partition of the corpus is piped through `toolkit run --format jsonl --input-format jsonl`
(RDD.pipe), which reads JSONL on standard input and writes one analysed document per line in
input order. The toolkit does the analysis; Spark only splits the input and gathers the output.

    python3 run_toolkit.py --toolkit ../../.build/release/toolkit --chain segment \
        --input ../../../shared/data/corpus-ar/news-sample.jsonl --output /tmp/spark-out

Then `python3 check_output.py` compares the result with a single-process run.
"""
import argparse
import os
import shlex
import shutil

from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--toolkit", required=True, help="path to the built toolkit executable")
    parser.add_argument("--chain", default="segment", help="a built-in chain's name or a chain file")
    parser.add_argument("--input", required=True, help="JSONL corpus, one {\"id\", \"text\"} per line")
    parser.add_argument("--output", required=True, help="output folder (replaced)")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--jobs", type=int, default=1, help="toolkit worker threads per partition")
    args = parser.parse_args()

    toolkit = os.path.abspath(args.toolkit)
    chain = os.path.abspath(args.chain) if os.path.exists(args.chain) else args.chain
    command = [toolkit, "run", "--chain", chain, "--format", "jsonl", "--input-format", "jsonl",
               "--jobs", str(args.jobs), "--quiet", "-"]

    spark = SparkSession.builder.master(f"local[{args.partitions}]").appName("toolkit").getOrCreate()
    lines = spark.sparkContext.textFile(os.path.abspath(args.input), minPartitions=args.partitions)
    analysed = lines.pipe(shlex.join(command))
    if os.path.exists(args.output):
        shutil.rmtree(args.output)
    analysed.saveAsTextFile(os.path.abspath(args.output))
    spark.stop()


if __name__ == "__main__":
    main()
