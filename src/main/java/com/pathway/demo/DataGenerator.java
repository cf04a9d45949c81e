package com.pathway.demo;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.pathway.demo.internal.Loader;
import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.shared.crypto.EncryptedColumn;

/**
 * Generates realistic, clearly fictional leads with their journeys through the published clinic
 * workflow and writes them straight into the database the app runs on: work items with gap-free
 * keys, their history and changelog, the lead rows and a few dozen referring providers. JDBC batches
 * on H2 (and any other database), {@code COPY} on PostgreSQL. On PostgreSQL the load is one
 * transaction, so a failed load leaves nothing behind; on H2 every 10,000 leads are one, each
 * consistent on its own (H2 commits one very large transaction slowly).
 *
 * <p>The database needs the app's schema (Flyway). When the clinic project or its published
 * workflow does not exist yet, they are created as the app's first start would; the app then runs
 * on the data as on its own. Plain Java: usable from the benchmark harness, the {@code generate}
 * command ({@link GenerateCommand}) and the demo profile alike.
 *
 * <p>Not generated yet: tasks and notes (those modules do not exist), audit lines for the generated
 * history, and webhook deliveries.
 */
public final class DataGenerator {

    /** The lead's encrypted message column, as the clinic declares it. */
    static final EncryptedColumn MESSAGE = EncryptedColumn.of("lead", "message");

    private final Consumer<String> progress;
    private final UnaryOperator<String> message;

    /** A generator that writes messages as plain text (the application encrypts them with its rotation command). */
    public DataGenerator() {
        this(message -> { });
    }

    /** @param progress told every 100,000 leads how far the load is */
    public DataGenerator(Consumer<String> progress) {
        this.progress = progress;
        this.message = UnaryOperator.identity();
    }

    /**
     * @param progress told every 100,000 leads how far the load is
     * @param cipher encrypts the people's messages as the application does
     */
    public DataGenerator(Consumer<String> progress, ColumnCipher cipher) {
        this.progress = progress;
        this.message = text -> cipher.encrypt(MESSAGE.purpose(), text);
    }

    /**
     * Generates and writes {@code spec.leads()} leads; the same seed on the same database gives the same rows
     * (apart from the encrypted messages, whose envelopes differ each time).
     */
    public GenerationReport generate(DataSource dataSource, GenerationSpec spec) {
        return new Loader(progress, message).load(dataSource, spec);
    }
}
