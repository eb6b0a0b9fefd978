package gov.trade.negotiation.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import gov.trade.negotiation.problem.InvalidInputException;

/**
 * One page of a list of the JSON API. The body stays a plain JSON array (what the lists returned before they
 * were paged); the total is in {@code X-Total-Count} and the neighbouring pages in an RFC 8288 {@code Link}
 * header. A list shorter than the default size comes whole, as before.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;
    public static final String TOTAL_COUNT = "X-Total-Count";

    /** From the query parameters; a page below 0 or a size outside 1..{@value #MAX_SIZE} is a 400 problem. */
    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidInputException(Map.of("page", "must be 0 or more (the first page is 0)"));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidInputException(Map.of("size", "must be between 1 and " + MAX_SIZE));
        }
        return new Paging(p, s);
    }

    /** This page of {@code all}, with the total and the links to the first, previous, next and last pages. */
    public <T> ResponseEntity<List<T>> of(List<T> all) {
        int from = (int) Math.min(first(), all.size());
        int to = Math.min(from + size, all.size());
        return of(all.subList(from, to), all.size());
    }

    /** The index of this page's first item in the whole list, for queries that read one page only. */
    public int first() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }

    /** A page read on its own ({@code items}, from {@link #first()}), of {@code total} items in all. */
    public <T> ResponseEntity<List<T>> of(List<T> items, long total) {
        long last = total == 0 ? 0 : (total - 1) / size;
        List<String> links = new ArrayList<>();
        links.add(link(0, "first"));
        if (page > 0) {
            links.add(link(Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(page + 1, "next"));
        }
        links.add(link(last, "last"));
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, String.valueOf(total))
                .header(HttpHeaders.LINK, String.join(", ", links))
                .body(List.copyOf(items));
    }

    private String link(long target, String relation) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", target).replaceQueryParam("size", size).build().toUriString();
        return "<" + uri + ">; rel=\"" + relation + "\"";
    }
}
