package org.tradeecon.knime.replication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole replication: the paper's variables from the source data, Tables I–III, Eq. (2) and the figures,
 * each cell beside the paper's number.
 *
 * @param data the raw series and their provenance
 * @param variables the paper's variables
 * @param tableOne Table I cells
 * @param tableTwo Table II cells
 * @param equationTwo Eq. (2) cells
 * @param tableThree Table III cells
 * @param fdiOtherVintage Table I and II cells of FDIGDP from the other WDI vintage (explains differences only)
 * @param figures the figures, drawn or not
 */
public record Replication(SourceData data, PaperVariables variables, List<ComparedValue> tableOne,
    List<ComparedValue> tableTwo, List<ComparedValue> equationTwo, List<ComparedValue> tableThree,
    List<ComparedValue> fdiOtherVintage, List<Figures.Figure> figures) {

    /** Row label of FDIGDP computed from the other WDI vintage. */
    public static final String FDI_OTHER_VINTAGE_ROW = "FDIGDP (other WDI vintage)";

    /**
     * Runs every step.
     *
     * @param data the raw series
     * @param engines the statistics engines
     * @param outDir where the figures go (created if needed)
     * @return all results
     * @throws IOException if a figure cannot be written
     */
    public static Replication run(final SourceData data, final Engines engines, final Path outDir)
        throws IOException {
        PaperTargets targets = PaperTargets.load();
        PaperVariables variables = PaperVariables.build(data);
        List<ComparedValue> other = new ArrayList<>();
        variables.fdiOtherVintage().ifPresent(v -> {
            other.addAll(TableOne.row(PaperVariables.FDIGDP, v, targets).stream().map(Replication::relabel).toList());
            other.addAll(TableTwo.row(PaperVariables.FDIGDP, v, engines, targets).stream().map(Replication::relabel)
                .toList());
        });
        Files.createDirectories(outDir);
        return new Replication(data, variables, TableOne.compute(variables, targets),
            TableTwo.compute(variables, engines, targets), EquationTwo.compute(variables, engines, targets),
            TableThree.compute(variables, engines, targets), List.copyOf(other),
            Figures.draw(data, variables, outDir));
    }

    /** An other-vintage FDIGDP cell (computed beside the paper's FDIGDP numbers) under its own row label. */
    private static ComparedValue relabel(final ComparedValue c) {
        return new ComparedValue(c.table(), FDI_OTHER_VINTAGE_ROW, c.statistic(), c.ours(), c.paper(), c.decimals());
    }

    /** @return every compared cell, tables in the paper's order, then the other-vintage FDIGDP rows */
    public List<ComparedValue> allCells() {
        List<ComparedValue> all = new ArrayList<>(tableOne);
        all.addAll(tableTwo);
        all.addAll(equationTwo);
        all.addAll(tableThree);
        all.addAll(fdiOtherVintage);
        return all;
    }
}
