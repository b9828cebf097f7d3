package io.github.binhdang.cli;

import io.github.binhdang.core.InvalidValueException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command-line tool: {@code java -jar binhdang-cli.jar COMMAND [OPTIONS] FILE…}, with the commands
 * {@code validate}, {@code scorecard}, {@code aggregate}, {@code convert} and {@code catalogue}.
 *
 * <p>Exit codes: {@value #ACCEPTED} when the input is accepted (no finding is an error),
 * {@value #FINDINGS} when findings with errors were reported (the whole report is still printed and
 * written), {@value #USAGE} for a usage or input/output error (an unknown option, a missing file, a
 * directory, a file in another encoding or format), told in one line without a stack trace unless
 * {@code --debug} is given. Messages are in Vietnamese or English ({@code --lang vi|en}; by default the
 * language of the system's locale, English unless it is Vietnamese).
 */
public final class Main {

    /** The exit code of an accepted input: no finding is an error. */
    public static final int ACCEPTED = 0;
    /** The exit code when findings with errors were reported. */
    public static final int FINDINGS = 1;
    /** The exit code of a usage or input/output error. */
    public static final int USAGE = 2;

    private Main() {
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args  the command and its options, as the usage help describes them
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine(args).execute(args));
    }

    /**
     * Builds the tool's command line in the language that {@code --lang} among the arguments names, or
     * the system's; the caller may set its output and error writers, then calls {@code execute(args)}.
     */
    static CommandLine commandLine(String... args) {
        Locale locale = Locale.getDefault();
        for (int i = 0; i < args.length; i++) {
            if ("--lang".equals(args[i]) && i + 1 < args.length) {
                locale = Locale.forLanguageTag(args[i + 1]);
            } else if (args[i].startsWith("--lang=")) {
                locale = Locale.forLanguageTag(args[i].substring("--lang=".length()));
            }
        }
        Texts texts = Texts.of(locale);
        Root root = new Root(texts);
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand(new ValidateCommand(root));
        cl.addSubcommand(new ScorecardCommand(root));
        cl.addSubcommand(new AggregateCommand(root));
        cl.addSubcommand(new ConvertCommand(root));
        cl.addSubcommand(new CatalogueCommand(root));
        cl.setResourceBundle(texts.bundle());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine where = ex.getCommandLine();
            PrintWriter err = where.getErr();
            err.println(texts.t("error.usage", UsageErrors.message(ex, texts), where.getCommandSpec().qualifiedName()));
            if (root.debug) {
                ex.printStackTrace(err);
            }
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, where, parseResult) -> {
            PrintWriter err = where.getErr();
            if (ex instanceof UsageException u) {
                err.println(u.getMessage());
            } else if (ex instanceof InvalidValueException v) {
                // A value that core refused, in the user's language (core's problem texts), in one line.
                err.println(texts.t("error.value", v.message(texts.locale())));
            } else {
                err.println(texts.t("error.unexpected", ex.getClass().getSimpleName(),
                        String.valueOf(ex.getMessage())));
            }
            if (root.debug) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                err.print(trace);
            }
            err.flush();
            return USAGE;
        });
        return cl;
    }

    /** The top command: the options every command inherits. */
    @Command(name = "binhdang", mixinStandardHelpOptions = true, versionProvider = Version.class,
            subcommands = CommandLine.HelpCommand.class)
    static final class Root implements Runnable {

        final Texts texts;

        @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "vi|en", descriptionKey = "option.lang")
        Main.@Nullable Language lang;

        @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
        boolean debug;

        @picocli.CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        Root(Texts texts) {
            this.texts = texts;
        }

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** The languages of {@code --lang}. */
    enum Language {
        vi, en
    }

    /** The version of the jar's manifest, or of the build when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            ResourceBundle b = Texts.bundle(Locale.getDefault());
            return new String[] {"binhdang " + (version != null ? version : b.getString("version.unknown"))};
        }
    }
}
