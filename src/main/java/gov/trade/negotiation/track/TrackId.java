package gov.trade.negotiation.track;

import gov.trade.negotiation.security.Groups;

/** A track is one nation and one focus area; its id {@code JP-CRITICAL_MINERALS} is the process business key. */
public record TrackId(String nation, String area) {

    public static TrackId parse(String id) {
        int dash = id == null ? -1 : id.indexOf('-');
        if (dash <= 0 || dash == id.length() - 1) {
            throw new IllegalArgumentException("Not a track id (NATION-AREA): '" + id + "'");
        }
        return new TrackId(id.substring(0, dash), id.substring(dash + 1));
    }

    /** The desk that negotiates with this nation, e.g. {@code desk-jp}. */
    public String deskGroup() {
        return Groups.desk(nation);
    }

    /** The lead group of this focus area, e.g. {@code area-critical_minerals}. */
    public String areaLeadGroup() {
        return Groups.areaLead(area);
    }

    @Override
    public String toString() {
        return nation + "-" + area;
    }
}
