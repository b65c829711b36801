package dyad.cli;

import dyad.source.DocumentDater;
import dyad.model.EventDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --doc-date}: checked while the command line is parsed, so a bad value never waits for the models. */
final class DocDateConverter implements ITypeConverter<EventDate> {

    @Override
    public EventDate convert(String value) {
        try {
            return DocumentDater.parseUserDate(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }
}
