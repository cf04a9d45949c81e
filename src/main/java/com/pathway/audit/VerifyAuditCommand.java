package com.pathway.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.pathway.audit.internal.ChainVerifier;

/**
 * Checks the audit trail's hash chain from the command line, without starting the application:
 * {@code verify-audit --jdbc-url jdbc:postgresql://127.0.0.1:5432/pathway [--user U] [--password P]}
 * (the password may also come from {@code PATHWAY_DB_PASSWORD}). Prints whether the chain is intact
 * and, if not, where it breaks; exits 0 when intact, 1 when broken or unreadable, 2 on bad arguments.
 */
public final class VerifyAuditCommand {

    static final String USAGE = "usage: verify-audit --jdbc-url URL [--user U] [--password P]";
    private static final List<String> OPTIONS = List.of("--jdbc-url", "--user", "--password");

    private VerifyAuditCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        int i = args.length > 0 && args[0].equals("verify-audit") ? 1 : 0;
        for (; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                err.println("unknown or incomplete option: " + args[i]);
                err.println(USAGE);
                return 2;
            }
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--jdbc-url")) {
            err.println("--jdbc-url is required");
            err.println(USAGE);
            return 2;
        }
        String password = options.getOrDefault("--password", System.getenv().getOrDefault("PATHWAY_DB_PASSWORD", ""));
        try (Connection connection = DriverManager.getConnection(options.get("--jdbc-url"),
                options.getOrDefault("--user", ""), password)) {
            connection.setReadOnly(true);
            AuditChainReport report = ChainVerifier.verify(connection);
            out.println(report.summary());
            if (report.brokenAt() != null) {
                out.println("first broken entry: " + report.brokenAt());
            }
            return report.intact() ? 0 : 1;
        } catch (SQLException e) {
            err.println("The audit trail could not be read: " + e.getMessage());
            return 1;
        }
    }
}
