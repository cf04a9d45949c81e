package com.pathway.shared.crypto;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The rotation command: {@code java -jar pathway.jar --pathway.encryption.rotate=true --server.port=0} (with
 * the usual database settings and every key still needed) starts the application on a free port, re-encrypts
 * every encrypted column with the current key and prints the counts; the application then exits
 * ({@code PathwayApplication}) with 0 when every value is under the current key, 1 when some could not be
 * decrypted.
 */
@Component
@ConditionalOnBooleanProperty("pathway.encryption.rotate")
class KeyRotationRunner implements ApplicationRunner, ExitCodeGenerator {

    private final KeyRotation rotation;
    private int exitCode = 1;

    KeyRotationRunner(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public void run(ApplicationArguments args) {
        RotationReport report = rotation.rotate();
        System.out.println(report.summary());
        exitCode = report.complete() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
