from onward.cli.entry import run

run()
