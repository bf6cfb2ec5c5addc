#pragma once

// The two ways the program runs: with its window, or headless for --check, --help and --version.
int runGui(int argc, char *argv[]);
int runHeadless(int argc, char *argv[]);
