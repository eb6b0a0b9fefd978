package gov.trade.negotiation.program;

/** What a program member is: a track (started by "Negotiate track") or a nation's meeting series. */
public enum MemberKind {
    TRACK, SERIES
}
