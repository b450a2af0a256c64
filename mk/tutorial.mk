# The tutorial (docs/tutorial.md), run as a new user would: its ```sh blocks in
# order, in a fresh temp directory and dmlrun home, with the devnet in the
# background on a free port (docs/tutorial.sh says how). Takes about a minute.

.PHONY: tutorial
tutorial: dmlrun
	docs/tutorial.sh
