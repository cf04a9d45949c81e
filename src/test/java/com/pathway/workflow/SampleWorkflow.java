package com.pathway.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.event.TransactionalEventListener;

import com.pathway.shared.Validation;

/**
 * A small plugin for the engine's tests: project SMP on workflow "sample" (item types TASK and BUG,
 * fields dueDate and priority, a plugin validator), and project MIG on workflow "migrating", which
 * the publishing tests change.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SampleWorkflow {

    public static final List<String> PRIORITIES = List.of("low", "normal", "high");

    /** A second version of {@code workflow/migrating.yaml} without its status "Waiting". */
    public static final String MIGRATING_WITHOUT_WAITING = """
            name: migrating
            initial: New
            statuses:
              - {name: New, category: TODO}
              - {name: On hold, category: IN_PROGRESS}
              - {name: Closed, category: DONE}
            resolutions: [Done]
            transitions:
              - {name: Hold, from: [New], to: On hold}
              - {name: Close, from: any, to: Closed}
              - {name: Reopen, from: [Closed], to: New}
            """;

    @Bean
    WorkflowPlugin samplePlugin() {
        return plugin("SMP", "Sample", Set.of("TASK", "BUG"), "workflow/sample.yaml");
    }

    @Bean
    WorkflowPlugin migratingPlugin() {
        return plugin("MIG", "Migrating", Set.of("TASK"), "workflow/migrating.yaml");
    }

    @Bean
    SampleFields sampleFields() {
        return new SampleFields();
    }

    @Bean
    TransitionValidator samplePriority() {
        return new TransitionValidator() {
            @Override
            public String id() {
                return "sample-priority";
            }

            @Override
            public void validate(TransitionContext context, RuleRef rule, Validation errors) {
                Object priority = context.value("priority");
                errors.check(priority == null || PRIORITIES.contains(String.valueOf(priority)), "priority",
                        "Choose low, normal or high.");
            }
        };
    }

    @Bean
    CommittedEvents committedEvents() {
        return new CommittedEvents();
    }

    /** What another module hears: the engine's events, after the transaction committed. */
    public static class CommittedEvents {

        public final List<Object> received = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(ItemCreated event) {
            received.add(event);
        }

        @TransactionalEventListener
        void on(ItemTransitioned event) {
            received.add(event);
        }
    }

    /** The plugin's own fields; a real plugin keeps them in its own table. */
    public static class SampleFields implements FieldStore {

        private final Map<Long, Map<String, Object>> values = new ConcurrentHashMap<>();

        @Override
        public boolean supports(String itemType) {
            return Set.of("TASK", "BUG").contains(itemType);
        }

        @Override
        public Set<String> fieldNames() {
            return Set.of("dueDate", "priority");
        }

        @Override
        public Object read(long itemId, String field) {
            return values.getOrDefault(itemId, Map.of()).get(field);
        }

        @Override
        public void write(long itemId, String field, Object value) {
            Map<String, Object> item = values.computeIfAbsent(itemId, id -> new ConcurrentHashMap<>());
            if (value == null) {
                item.remove(field);
            } else {
                item.put(field, value);
            }
        }
    }

    private static WorkflowPlugin plugin(String key, String name, Set<String> types, String resource) {
        return new WorkflowPlugin() {
            @Override
            public String projectKey() {
                return key;
            }

            @Override
            public String projectName() {
                return name;
            }

            @Override
            public Set<String> itemTypes() {
                return types;
            }

            @Override
            public String definitionResource() {
                return resource;
            }
        };
    }
}
