package com.pathway.shared.crypto;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rotation command: {@code java -jar pathway.jar --pathway.encryption.rotate=true
 * --spring.main.web-application-type=none} (with the usual database settings and every key still needed)
 * re-encrypts every encrypted column with the current key, prints the counts and exits: 0 when every value
 * is now under the current key, 1 when some could not be decrypted.
 */
@Component
@ConditionalOnBooleanProperty("pathway.encryption.rotate")
class KeyRotationRunner implements ApplicationRunner {

    private final KeyRotation rotation;
    private final ConfigurableApplicationContext context;

    KeyRotationRunner(KeyRotation rotation, ConfigurableApplicationContext context) {
        this.rotation = rotation;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        RotationReport report = rotation.rotate();
        System.out.println(report.summary());
        int status = report.complete() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
