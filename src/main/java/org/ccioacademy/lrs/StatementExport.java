package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.ccioacademy.platform.database.Row;

/** A person's statements written out as one JSON array, read a batch at a time by stored order. */
@ApplicationScoped
public class StatementExport {

  static final int BATCH = 1000;

  @PersistenceContext EntityManager em;

  public boolean personExists(long id) {
    return !em.createNativeQuery("select 1 from person where id = ?1")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }

  /** Writes the array; returns how many statements it holds. */
  public int write(long userId, Writer w) throws IOException {
    w.write('[');
    long after = 0;
    int n = 0;
    while (true) {
      List<Row> batch =
          Row.list(
              em.createNativeQuery(
                      "select seq, cast(statement as text) from lrs_statement"
                          + " where user_id = ?1 and seq > ?2 order by seq limit ?3")
                  .setParameter(1, userId)
                  .setParameter(2, after)
                  .setParameter(3, BATCH));
      for (Row r : batch) {
        if (n++ > 0) {
          w.write(",\n");
        }
        w.write(r.stringAt(1));
        after = r.longAt(0);
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    w.write("]\n");
    return n;
  }
}
