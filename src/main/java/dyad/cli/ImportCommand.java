package dyad.cli;

import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportGdeltCommand.class, ImportPloverCommand.class},
        description = "Import other event data beside Dyad's own: 'import gdelt' reads GDELT events and mentions, 'import plover' PLOVER JSON Lines. "
                + "docs/import.md.")
final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: gdelt or plover");
    }
}
