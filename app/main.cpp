#include "Application.h"
#include "CommandLine.h"

int main(int argc, char *argv[])
{
    if (CommandLine::isHeadless(argc, argv))
        return runHeadless(argc, argv);
    return runGui(argc, argv);
}
