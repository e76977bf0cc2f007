package dev.earshot.device;

/**
 * A profile value is out of range or malformed. Thrown by the compact constructors of the profile records; the
 * message is {@code "field: problem"} (e.g. {@code "widthPercent: must be between 0 and 200, got 250"}) so that the
 * codec can prefix the JSON path of the enclosing object and the file name.
 */
final class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field name relative to the record that rejected it, e.g. {@code widthPercent}. */
    String field() {
        return field;
    }

    /** What is wrong, without the field name, e.g. {@code must be between 0 and 200, got 250}. */
    String problem() {
        return problem;
    }
}
