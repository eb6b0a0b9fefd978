package gov.trade.negotiation.security;

import java.util.Locale;

/** The fixed groups; desk and area-lead groups are derived from configuration. */
public final class Groups {

    public static final String ADMIN = "admin";
    public static final String MANAGERS = "managers";
    public static final String PRINCIPAL = "principal";
    public static final String LEGAL = "legal";
    public static final String INTERAGENCY = "interagency";

    /** The desk that negotiates with a nation, e.g. {@code desk-jp}. */
    public static String desk(String nationCode) {
        return "desk-" + nationCode.toLowerCase(Locale.ROOT);
    }

    /** The lead group of a focus area, e.g. {@code area-critical_minerals}. */
    public static String areaLead(String areaCode) {
        return "area-" + areaCode.toLowerCase(Locale.ROOT);
    }

    /** The staff of a US office that leads plurilateral agreements, e.g. {@code office-ustr}. */
    public static String office(String officeCode) {
        return "office-" + officeCode.toLowerCase(Locale.ROOT);
    }

    /** Spring Security authority of a group membership. */
    public static String authority(String groupId) {
        return "GROUP_" + groupId;
    }

    private Groups() {
    }
}
