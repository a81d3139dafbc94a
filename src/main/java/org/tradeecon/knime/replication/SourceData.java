package org.tradeecon.knime.replication;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The raw series the paper's variables are built from, as one source (offline snapshot or live APIs) delivered
 * them, with their provenance.
 *
 * @param live whether the US–China ATP series came from a full source (the live Census API or a user's Census
 *             file), so that a missing year is a gap of that source, not of the offline snapshot
 * @param patentApplications China, patent applications by non-residents (WDI IP.PAT.NRES), count
 * @param fdiPctGdp China, FDI net inflows in % of GDP (WDI BX.KLT.DINV.WD.GD.ZS), the vintage used for results
 * @param fdiPctGdpOtherVintage the same indicator from another WDI release, shown only to explain differences
 * @param atpExportsWorld US ATP exports to all countries, USD (the RATIO denominator)
 * @param atpExportsChina US ATP exports to China, USD (the RATIO numerator)
 * @param atpBalanceChina US ATP balance with China, exports − imports, USD (a deficit is negative)
 * @param atpBalanceChinaByGroup the same balance per ATP group, keyed by the two-digit group code
 * @param atpGroupNames ATP group code → name, e.g. "04" → "Information &amp; Communications"
 * @param provenance one line per source, in words, for the report
 * @param atpMode where the US ATP series came from, in words ("offline snapshot", "live Census API", "user Census
 *                file F", ...), for the report's heading
 * @param atpInputsByYear year → where that year's US-China (and world) ATP values came from (snapshot, API release
 *                        or the user file's source and release date), for the per-cell provenance
 * @param crossChecks lines comparing the user's values with press figures (never inputs); empty without a file
 */
public record SourceData(boolean live, AnnualSeries patentApplications, AnnualSeries fdiPctGdp,
    Optional<AnnualSeries> fdiPctGdpOtherVintage, AnnualSeries atpExportsWorld, AnnualSeries atpExportsChina,
    AnnualSeries atpBalanceChina, Map<String, AnnualSeries> atpBalanceChinaByGroup,
    Map<String, String> atpGroupNames, List<String> provenance, String atpMode,
    SortedMap<Integer, String> atpInputsByYear, List<String> crossChecks) {

    /** Defensive copies; the record is immutable. */
    public SourceData {
        atpBalanceChinaByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(atpBalanceChinaByGroup));
        atpGroupNames = Collections.unmodifiableMap(new LinkedHashMap<>(atpGroupNames));
        provenance = List.copyOf(provenance);
        atpInputsByYear = Collections.unmodifiableSortedMap(new TreeMap<>(atpInputsByYear));
        crossChecks = List.copyOf(crossChecks);
    }

    /** As the canonical constructor, for the snapshot or the live API, without per-year provenance. */
    public SourceData(boolean live, AnnualSeries patentApplications, AnnualSeries fdiPctGdp,
        Optional<AnnualSeries> fdiPctGdpOtherVintage, AnnualSeries atpExportsWorld, AnnualSeries atpExportsChina,
        AnnualSeries atpBalanceChina, Map<String, AnnualSeries> atpBalanceChinaByGroup,
        Map<String, String> atpGroupNames, List<String> provenance) {
        this(live, patentApplications, fdiPctGdp, fdiPctGdpOtherVintage, atpExportsWorld, atpExportsChina,
            atpBalanceChina, atpBalanceChinaByGroup, atpGroupNames, provenance,
            live ? "live Census data" : "offline: bundled snapshot", new TreeMap<>(), List.of());
    }
}
