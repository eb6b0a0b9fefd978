package gov.trade.negotiation.workflow;

/**
 * What an instance's business key names: {@code JP-ENERGY} is Japan's energy track, {@code MEETINGS-JP} the meeting
 * series with Japan. {@code area} is null where there is none. Every process sets the variables
 * {@value #NATION_VARIABLE} (and {@value #AREA_VARIABLE} where it has one) for the inbox's filters.
 */
public record Subject(String id, String nation, String area) {

    public static final String NATION_VARIABLE = "nation";
    public static final String AREA_VARIABLE = "area";
}
