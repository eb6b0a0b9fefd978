package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import gov.trade.negotiation.drafts.ContentHash;

/** Fills the content hash of draft versions stored before V50 (the same SHA-256 the application computes). */
public class V51__Draft_content_hashes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Map<Long, String> hashes = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("select id, content from draft_version where content_hash is null")) {
            while (rows.next()) {
                hashes.put(rows.getLong(1), ContentHash.of(rows.getString(2)));
            }
        }
        try (PreparedStatement update = context.getConnection()
                .prepareStatement("update draft_version set content_hash = ? where id = ?")) {
            for (Map.Entry<Long, String> hash : hashes.entrySet()) {
                update.setString(1, hash.getValue());
                update.setLong(2, hash.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
