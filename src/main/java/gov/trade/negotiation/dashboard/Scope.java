package gov.trade.negotiation.dashboard;

import java.util.Set;

/**
 * The part of the matrix a dashboard shows: everything, or the rows of some nations and the columns of some
 * areas (a cell is shown when its nation or its area is in scope).
 */
record Scope(boolean everything, Set<String> nations, Set<String> areas) {

    Scope {
        nations = Set.copyOf(nations);
        areas = Set.copyOf(areas);
    }

    static Scope all() {
        return new Scope(true, Set.of(), Set.of());
    }

    static Scope of(Set<String> nations, Set<String> areas) {
        return new Scope(false, nations, areas);
    }

    boolean sees(String nation, String area) {
        return everything || nations.contains(nation) || areas.contains(area);
    }
}
