package org.tradeecon.knime.engine.regression;

import java.util.List;

/**
 * Thrown when a regressor is (numerically) a linear combination of the regressors before it, so its
 * coefficient is not identified. The message names the offending columns and says what to do.
 */
public final class CollinearityException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> aliasedColumns;

    /**
     * @param aliasedColumns names of the columns found to be linear combinations of earlier columns
     */
    public CollinearityException(final List<String> aliasedColumns) {
        super("The regressor(s) " + String.join(", ", aliasedColumns)
            + " are a linear combination of the regressors listed before them (perfect collinearity), so their"
            + " coefficients cannot be estimated. Remove them, or remove the regressors they duplicate."
            + " A constant series also collides with the intercept.");
        this.aliasedColumns = List.copyOf(aliasedColumns);
    }

    /** @return names of the columns found to be linear combinations of earlier columns, in design order */
    public List<String> aliasedColumns() {
        return aliasedColumns;
    }
}
