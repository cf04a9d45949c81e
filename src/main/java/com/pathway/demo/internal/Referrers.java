package com.pathway.demo.internal;

import java.util.List;

/** A few dozen fictional referring providers; phones in the 555-01xx range, e-mail at example domains. */
public final class Referrers {

    /** One referring provider as stored in the {@code referrer} table. */
    public record Provider(String name, String organisation, String phone, String email) {
    }

    public static final List<Provider> ALL = build();

    private Referrers() {
    }

    private static List<Provider> build() {
        String[] people = {"Dr. Alice Harmon", "Dr. Ben Okafor", "Dr. Carla Jensen", "Dr. Dev Raman",
            "Dr. Elena Petrova", "Dr. Felix Moreau", "Dr. Gina Alvarez", "Dr. Hiro Tanaka", "Dr. Ines Duarte",
            "Dr. Jonah Weiss", "Dr. Kara Lindqvist", "Dr. Leon Baptiste", "Dr. Maya Sorensen", "Dr. Nadia Haddad",
            "Dr. Owen Fitzgerald", "Dr. Paula Brandt", "Dr. Quentin Ash", "Dr. Rosa Castillo", "Dr. Samuel Idowu",
            "Dr. Tessa Morgan", "Dr. Umar Siddiqui", "Dr. Vera Novak", "Dr. Walter Grant", "Dr. Xenia Pavlou",
            "Dr. Yusuf Demir", "Dr. Zoe Whitaker", "Amy Chen, LCSW", "Brian Doyle, PMHNP", "Celia Ruiz, LMFT",
            "Derek Holt, PA-C", "Erin Walsh, LPC", "Frank Osei, PMHNP", "Hannah Berg, LCSW", "Isaac Mendel, PsyD",
            "Julia Romano, NP", "Kofi Mensah, LPC"};
        String[] practices = {"Riverside Family Medicine", "Lakeview Psychiatry", "Harbor Behavioral Health",
            "Maple Street Counseling", "Summit Primary Care", "Northgate Veterans Clinic"};
        java.util.ArrayList<Provider> all = new java.util.ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            String practice = practices[i % practices.length];
            String handle = people[i].replace("Dr. ", "").replaceAll(",.*", "").toLowerCase(java.util.Locale.ROOT)
                    .replace(' ', '.');
            all.add(new Provider(people[i], practice, String.format(java.util.Locale.ROOT, "+1617555%04d", 100 + i),
                    handle + "@" + People.DOMAINS.get(i % 3)));
        }
        return List.copyOf(all);
    }
}
