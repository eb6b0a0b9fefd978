package gov.trade.negotiation.security;

/** The fixed groups; desk and area-lead groups are derived from configuration. */
public final class Groups {

    public static final String ADMIN = "admin";
    public static final String MANAGERS = "managers";
    public static final String PRINCIPAL = "principal";
    public static final String LEGAL = "legal";
    public static final String INTERAGENCY = "interagency";

    /** Spring Security authority of a group membership. */
    public static String authority(String groupId) {
        return "GROUP_" + groupId;
    }

    private Groups() {
    }
}
