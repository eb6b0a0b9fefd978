/** Small adapters to the process engine shared by the features. */
package gov.trade.negotiation.engine;
