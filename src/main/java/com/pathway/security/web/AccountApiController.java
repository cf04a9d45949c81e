package com.pathway.security.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.security.MyAccount;
import com.pathway.security.UserService;
import com.pathway.security.UserSummary;

/** {@code /api/v1/me} for anyone signed in; {@code /api/v1/users} for administrators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "The caller's own account and, for administrators, all users")
public class AccountApiController {

    private final UserService users;

    public AccountApiController(UserService users) {
        this.users = users;
    }

    @Operation(summary = "The signed-in user's account")
    @GetMapping("/me")
    public MyAccount me() {
        return users.myAccount();
    }

    public record UserPage(List<UserSummary> items, long total, int page, int size) {
    }

    @Operation(summary = "Users matching a text, paged (administrators only)")
    @GetMapping("/users")
    public UserPage users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        // page and size are checked before this runs (shared.web.PagingParameters).
        Page<UserSummary> result = users.findUsers(q, PageRequest.of(page, size, Sort.by("username")));
        return new UserPage(result.getContent(), result.getTotalElements(), page, size);
    }
}
