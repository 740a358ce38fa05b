def dump_report():
    with open("/tmp/helpers-report.txt", "w") as fh:
        fh.write("x")
