package com.pathway.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.pathway.clinic.ContactMethod;

/**
 * Fictional people from common first and last names combined. Phones use the 555-0100 to 555-0199
 * numbers set aside for fiction in every North American area code; e-mail addresses use the
 * example.org, example.com and example.net domains reserved for documentation. A person is a pure
 * function of the seed and an index, so a duplicate inquiry can name the same person again.
 */
final class People {

    static final List<String> FIRST_NAMES = List.of("James", "Mary", "Robert", "Patricia", "John", "Jennifer",
            "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
            "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark",
            "Ashley", "Steven", "Emily", "Andrew", "Michelle", "Joshua", "Amanda", "Kevin", "Melissa", "Brian",
            "Rebecca", "Maria", "Jose", "Laura", "Carlos", "Sofia", "Luis", "Aisha", "Omar", "Mei", "Wei", "Priya",
            "Ravi", "Fatima", "Noah", "Olivia", "Liam", "Emma", "Ethan", "Ava", "Mason", "Chloe", "Grace");
    static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
            "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris",
            "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
            "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell",
            "Mitchell", "Carter", "Roberts", "Patel", "Kim", "Chen", "Singh", "Khan", "Cohen", "Murphy", "Brooks");
    static final List<String> AREA_CODES = List.of("212", "312", "415", "617", "646", "702", "713", "718", "720",
            "303", "305", "404", "503", "512", "602", "612", "615", "702", "720", "857", "919", "929", "971", "978");
    static final List<String> DOMAINS = List.of("example.org", "example.com", "example.net");
    static final List<String> CONTACT_TIMES = List.of("mornings", "afternoons", "evenings", "weekdays after 5 pm",
            "any time", "lunchtime");
    private static final ContactMethod[] METHODS = {ContactMethod.PHONE, ContactMethod.SMS, ContactMethod.EMAIL};

    private People() {
    }

    /** The person of index {@code index} under {@code seed}: always the same. */
    static Person person(long seed, long index, Instant now) {
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed ^ 0x5EED_0F_9E0E5L, index));
        String first = Weighted.pick(FIRST_NAMES, random);
        String last = Weighted.pick(LAST_NAMES, random);
        int nowYear = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        LocalDate birth = LocalDate.of(nowYear - 19 - random.nextInt(58), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String phone = phone(random);
        String alt = random.nextInt(8) == 0 ? phone(random) : null;
        String email = random.nextInt(10) == 0 ? null
                : (first + "." + last + "." + index).toLowerCase(Locale.ROOT) + "@" + Weighted.pick(DOMAINS, random);
        ContactMethod method = METHODS[random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 4 ? 1 : 2];
        if (method == ContactMethod.EMAIL && email == null) {
            method = ContactMethod.PHONE;
        }
        String time = random.nextInt(3) == 0 ? null : Weighted.pick(CONTACT_TIMES, random);
        return new Person(first, last, birth, phone, alt, email, method, time);
    }

    /** E.164 of a fictional number: +1, an area code, 555, 01xx. */
    static String phone(SplittableRandom random) {
        return "+1" + Weighted.pick(AREA_CODES, random) + "55501" + String.format(Locale.ROOT, "%02d", random.nextInt(100));
    }
}
