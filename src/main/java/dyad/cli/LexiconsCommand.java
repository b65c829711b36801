package dyad.cli;

import picocli.CommandLine.Command;

@Command(name = "lexicons", mixinStandardHelpOptions = true, subcommands = LexiconsConvertCommand.class,
        description = "Work on the lexicons: 'lexicons convert' turns the PETRARCH2 dictionaries into Dyad's TSV lexicons.")
final class LexiconsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: convert");
    }
}
