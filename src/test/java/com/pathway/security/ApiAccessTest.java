package com.pathway.security;

import static com.pathway.support.Caller.ADMIN;
import static com.pathway.support.Caller.ANONYMOUS;
import static com.pathway.support.Caller.CLINICIAN;
import static com.pathway.support.Caller.EVERYONE;
import static com.pathway.support.Caller.INTAKE_COORDINATOR;
import static com.pathway.support.Caller.MANAGER;
import static com.pathway.support.Caller.SIGNED_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;
import com.pathway.security.internal.UserAccount;
import com.pathway.support.Caller;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * The role × endpoint table: every operation of the OpenAPI description ({@code /v3/api-docs}) is called with
 * each role's API token, with a signed-in user without a role and anonymously. A caller in the operation's row
 * must get past security (any answer but 401 and 403); anyone else gets 403, or 401 without credentials. The
 * requests are harmless: unknown keys and ids in the path, an empty body, so nothing is created or changed.
 * An operation without a row fails with the row to add.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessTest {

    /** Who may call each operation ("METHOD /path/{variable}", as in the OpenAPI description). */
    static final Map<String, Row> ROWS = rows(
            op("GET /api/v1/boards/{project}", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("POST /api/v1/boards/{project}/search", INTAKE_COORDINATOR, CLINICIAN, MANAGER).readByPost(),
            op("GET /api/v1/items", SIGNED_IN),
            op("POST /api/v1/items", SIGNED_IN),
            op("GET /api/v1/items/{key}", SIGNED_IN),
            op("GET /api/v1/items/{key}/changelog", SIGNED_IN),
            op("GET /api/v1/items/{key}/history", SIGNED_IN),
            op("GET /api/v1/items/{key}/transitions", SIGNED_IN),
            op("POST /api/v1/items/{key}/transitions", SIGNED_IN),
            op("GET /api/v1/reports/{kind}", MANAGER, ADMIN),
            op("POST /api/v1/inquiries", EVERYONE), // the clinic's web site posts inquiries without a sign-in
            op("GET /api/v1/calendar/{secret}.ics", EVERYONE), // a calendar app: the secret is the credential
            op("GET /api/v1/leads", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("GET /api/v1/leads/count", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            // Searches sent as POST so that their text stays out of the address: reads, a 2xx changes nothing.
            op("POST /api/v1/leads/search", INTAKE_COORDINATOR, CLINICIAN, MANAGER).readByPost(),
            op("POST /api/v1/leads/search/count", INTAKE_COORDINATOR, CLINICIAN, MANAGER).readByPost(),
            op("POST /api/v1/leads/search/export", MANAGER).readByPost(),
            op("POST /api/v1/leads", INTAKE_COORDINATOR, MANAGER),
            op("GET /api/v1/leads/export", MANAGER),
            op("GET /api/v1/leads/{key}", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            // a clinician may read but not change a lead: the unknown key is looked up first and not found
            op("PATCH /api/v1/leads/{key}", INTAKE_COORDINATOR, MANAGER).notFoundFor(CLINICIAN),
            op("GET /api/v1/leads/{key}/assignees", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("PUT /api/v1/leads/{key}/assignees/{field}", INTAKE_COORDINATOR, MANAGER),
            op("POST /api/v1/leads/{key}/assignees/{field}/me", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("GET /api/v1/leads/assignments/candidates", INTAKE_COORDINATOR, MANAGER),
            op("POST /api/v1/leads/assignments", MANAGER),
            op("POST /api/v1/leads/assignments/preview", MANAGER),
            // treatment course and infusion sessions: clinical, clinicians only; the progress for all who see the lead
            op("GET /api/v1/leads/{key}/course", CLINICIAN),
            op("POST /api/v1/leads/{key}/course", CLINICIAN),
            op("GET /api/v1/leads/{key}/course/progress", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("PUT /api/v1/leads/{key}/course/next-session", CLINICIAN),
            op("POST /api/v1/leads/{key}/course/from-template", CLINICIAN),
            // booked sessions: dates and attendance only, for coordinators and clinicians
            op("GET /api/v1/leads/{key}/course/schedule", INTAKE_COORDINATOR, CLINICIAN),
            op("POST /api/v1/leads/{key}/course/schedule", INTAKE_COORDINATOR, CLINICIAN),
            op("POST /api/v1/leads/{key}/course/schedule/{id}/state", INTAKE_COORDINATOR, CLINICIAN),
            op("POST /api/v1/leads/{key}/course/schedule/{id}/reschedule", INTAKE_COORDINATOR, CLINICIAN),
            op("POST /api/v1/leads/{key}/course/stop", CLINICIAN),
            op("GET /api/v1/leads/{key}/sessions", CLINICIAN),
            op("POST /api/v1/leads/{key}/sessions", CLINICIAN),
            op("GET /api/v1/leads/{key}/sessions/{id}", CLINICIAN),
            op("PUT /api/v1/leads/{key}/sessions/{id}", CLINICIAN),
            op("POST /api/v1/leads/{key}/sessions/{id}/sign", CLINICIAN),
            op("POST /api/v1/leads/{key}/sessions/{id}/addenda", CLINICIAN),
            op("GET /api/v1/leads/{key}/notes", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            // the clinic's vital-sign ranges: no patient data; clinicians read them, administrators change them
            op("GET /api/v1/clinic/vital-thresholds", CLINICIAN, ADMIN),
            op("PUT /api/v1/clinic/vital-thresholds/{sign}", ADMIN),
            // clinical records: clinicians only (managers learn "screening complete, when" from the lead itself)
            op("GET /api/v1/leads/{key}/screening", CLINICIAN),
            op("POST /api/v1/leads/{key}/screening", CLINICIAN),
            op("POST /api/v1/leads/{key}/screening/sign", CLINICIAN),
            op("POST /api/v1/leads/{key}/screening/revisions", CLINICIAN),
            op("PUT /api/v1/leads/{key}/treatment-consent", CLINICIAN),
            op("GET /api/v1/leads/{key}/measures", CLINICIAN),
            op("POST /api/v1/leads/{key}/measures", CLINICIAN),
            op("POST /api/v1/leads/{key}/notes", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("PATCH /api/v1/leads/{key}/notes/{id}", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("POST /api/v1/leads/{key}/notes/{id}/addenda", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            // tasks: the lead's read rule decides which leads' tasks; TaskPermissions which tasks a clinician changes
            op("GET /api/v1/leads/{key}/tasks", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("POST /api/v1/leads/{key}/tasks", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("PATCH /api/v1/leads/{key}/tasks/{id}", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("GET /api/v1/tasks", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            op("GET /api/v1/me", SIGNED_IN),
            op("GET /api/v1/users", ADMIN),
            op("GET /api/v1/workflows", ADMIN),
            op("POST /api/v1/workflows", ADMIN),
            op("GET /api/v1/workflows/{name}/versions/{version}", ADMIN),
            op("POST /api/v1/workflows/{name}/versions/{version}/publish", ADMIN));

    /** Path variables that name nothing: no item, lead, workflow or version has them. */
    static final String UNKNOWN = "0";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;

    private final Map<Caller, String> users = new EnumMap<>(Caller.class);
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeAll
    void oneUserAndTokenPerCaller() {
        for (Caller caller : Caller.SIGNED_IN) {
            String name = TestAccounts.uniqueName("api-" + caller.name().toLowerCase().replace('_', '-'));
            UserAccount user = accounts.create(name, caller.role().stream().toArray(Role[]::new));
            users.put(caller, name);
            tokens.put(caller, accounts.token(user));
        }
    }

    @Test
    void everyOperationHasARowAndAnswersEachCallerAccordingly() throws Exception {
        Map<String, Operation> operations = operations();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations.values()) {
            Map<Caller, Integer> answers = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                answers.put(caller, call(operation, caller));
            }
            Set<Caller> passed = Caller.setOf(answers.entrySet().stream()
                    .filter(a -> a.getValue() != 401 && a.getValue() != 403).map(Map.Entry::getKey)
                    .toArray(Caller[]::new));
            String observedRow = "op(\"" + operation.name() + "\", " + Caller.asRow(passed) + "),";
            Row expected = ROWS.get(operation.name());
            if (expected == null) {
                missing.add(observedRow);
                continue;
            }
            for (Caller caller : Caller.values()) {
                int status = answers.get(caller);
                boolean ok = expected.callers().contains(caller) ? status != 401 && status != 403
                        : status == (caller == ANONYMOUS ? 401 : expected.notFound().contains(caller) ? 404 : 403);
                if (status / 100 == 2 && !operation.method().equals("GET") && !expected.read()) {
                    wrong.add("%s as %s answered %d: the harmless request changed something; make it harmless"
                            .formatted(operation.name(), caller, status));
                }
                if (!ok) {
                    wrong.add("%s as %s answered %d; observed row: %s but the table says %s".formatted(
                            operation.name(), caller, status, observedRow, expected));
                }
            }
        }
        List<String> stale = ROWS.keySet().stream().filter(o -> !operations.containsKey(o)).toList();

        assertThat(missing.isEmpty() && wrong.isEmpty() && stale.isEmpty()).as("""
                API operations without a row in ApiAccessTest.ROWS; add these rows after checking that the callers \
                (as observed now) are the intended ones:
                %s
                Operations that answered a caller otherwise than their row says:
                %s
                Rows for operations that no longer exist (remove them):
                %s
                """, String.join("\n", missing), String.join("\n", wrong), String.join("\n", stale)).isTrue();
    }

    private int call(Operation operation, Caller caller) throws Exception {
        String path = operation.path().replaceAll("\\{[^}]+}", UNKNOWN);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(operation.method()), path);
        if (operation.bodyType() != null) {
            // empty, yet a body: a JSON object or YAML mapping without a single field
            request.contentType(MediaType.parseMediaType(operation.bodyType())).content("{}");
        }
        // every header the operation names (If-Match, Idempotency-Key) and every required query parameter, so
        // that the request reaches the service instead of stopping at the controller's own checks
        operation.headers().forEach(header -> request.header(header, "\"0\""));
        operation.queryParameters().forEach(parameter -> request.param(parameter, UNKNOWN));
        if (caller.signedIn()) {
            request.with(httpBasic(users.get(caller), tokens.get(caller)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    record Operation(String method, String path, String bodyType, List<String> headers,
            List<String> queryParameters) {
        String name() {
            return method + " " + path;
        }
    }

    /** Every operation of the OpenAPI description, read as a signed-in user. */
    @SuppressWarnings("unchecked")
    private Map<String, Operation> operations() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(authentication(accounts.authentication(
                users.get(Caller.NO_ROLE))))).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        Map<String, Operation> operations = new TreeMap<>();
        paths.forEach((path, methods) -> methods.forEach((method, description) -> {
            if (!(description instanceof Map<?, ?> op) || method.equals("parameters")) {
                return;
            }
            String bodyType = null;
            if (op.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                    && !content.isEmpty()) {
                bodyType = (String) content.keySet().iterator().next();
            }
            List<String> headers = new ArrayList<>();
            List<String> query = new ArrayList<>();
            if (op.get("parameters") instanceof List<?> parameters) {
                for (Object p : parameters) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    if ("header".equals(parameter.get("in"))) {
                        headers.add((String) parameter.get("name"));
                    } else if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                        query.add((String) parameter.get("name"));
                    }
                }
            }
            Operation operation = new Operation(method.toUpperCase(), path, bodyType, headers, query);
            operations.put(operation.name(), operation);
        }));
        assertThat(operations).as("the OpenAPI description at /v3/api-docs lists operations").isNotEmpty();
        return operations;
    }

    /**
     * An operation's row: the callers that may call it, and among those that may not, the ones the harmless
     * request answers 404 instead of 403 (the unknown key is looked up before their missing right shows).
     */
    record Row(String operation, Set<Caller> callers, Set<Caller> notFound, boolean read) {
        Row notFoundFor(Caller... refused) {
            return new Row(operation, callers, Caller.setOf(refused), read);
        }

        /** A read sent as POST (a search whose text stays out of the address): its 2xx answer changed nothing. */
        Row readByPost() {
            return new Row(operation, callers, notFound, true);
        }

        @Override
        public String toString() {
            return Caller.asRow(callers) + (notFound.isEmpty() ? "" : " (404 for " + Caller.asRow(notFound) + ")");
        }
    }

    private static Map<String, Row> rows(Row... rows) {
        Map<String, Row> table = new LinkedHashMap<>();
        for (Row row : rows) {
            if (table.put(row.operation(), row) != null) {
                throw new IllegalStateException("Two rows for " + row.operation());
            }
        }
        return table;
    }

    private static Row op(String operation, Caller... callers) {
        return new Row(operation, Caller.setOf(callers), Caller.setOf(), false);
    }
}
