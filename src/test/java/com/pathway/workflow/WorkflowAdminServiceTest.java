package com.pathway.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;

@WorkflowTest
class WorkflowAdminServiceTest {

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @BeforeEach
    void useThisContextsSecurity() {
        SignedIn.use(securityContexts);
    }

    static final String SIMPLE = """
            name: %s
            initial: Todo
            statuses:
              - {name: Todo, category: TODO}
              - {name: Done, category: DONE}
            transitions:
              - {name: Finish, from: Todo, to: Done}
            """;

    @Autowired
    WorkflowAdminService admin;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void onlyAdministratorsManageDefinitions() {
        for (String role : new String[] {"INTAKE_COORDINATOR", "CLINICIAN", "MANAGER"}) {
            SignedIn.as("someone", role);
            assertThatThrownBy(() -> admin.importDefinition(SIMPLE.formatted("denied")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.definitions()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.publish("sample", 1, Map.of())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void importsADraftAndExportsItExactly() {
        SignedIn.as("root", "ADMIN");
        String yaml = "# kept as written\n" + SIMPLE.formatted("imported");

        DefinitionSummary first = admin.importDefinition(yaml);
        DefinitionSummary second = admin.importDefinition(yaml);

        assertThat(first.name()).isEqualTo("imported");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.state()).isEqualTo(DefinitionState.DRAFT);
        assertThat(first.createdBy()).isEqualTo("root");
        assertThat(second.version()).isEqualTo(2);
        assertThat(admin.export("imported", 1)).isEqualTo(yaml);
        assertThat(admin.definitions()).extracting(d -> d.name() + " v" + d.version() + " " + d.state())
                .contains("imported v2 DRAFT", "imported v1 DRAFT", "sample v1 PUBLISHED");
        assertThatThrownBy(() -> admin.export("imported", 9)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'WORKFLOW_IMPORTED'"
                + " and entity_id like 'imported v%'", Integer.class)).isEqualTo(2);
    }

    @Test
    void refusesAnUnsoundDefinitionWithEveryProblem() {
        SignedIn.as("root", "ADMIN");
        String unsound = """
                name: broken
                statuses:
                  - {name: Todo, category: TODO}
                  - {name: Lost, category: IN_PROGRESS}
                transitions:
                  - {name: Go, from: Todo, to: Nowhere, conditions: [{id: full-moon}]}
                """;

        assertThatThrownBy(() -> admin.importDefinition(unsound))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("initial", "transitions[Go].to", "transitions[Go].conditions[full-moon]"));
        assertThat(admin.definitions()).noneMatch(d -> d.name().equals("broken"));
    }
}
