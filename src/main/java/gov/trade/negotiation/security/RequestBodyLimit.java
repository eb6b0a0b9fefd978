package gov.trade.negotiation.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.problem.BodyTooLargeException;
import gov.trade.negotiation.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over {@code negotiation.api.max-body-size} with 413, ahead of Spring Security and MVC so
 * nothing parses them and it holds for callers not signed in: by Content-Length at once, and for a chunked body
 * (no length given) by counting what is read, which stops at the limit.
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;

    RequestBodyLimit(DataSize maxBodySize, ObjectMapper json) {
        this.maxBytes = maxBodySize.toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            refuse(request, response);
            return;
        }
        if (length >= 0) {
            chain.doFilter(request, response);
            return;
        }
        CountingRequest counted = new CountingRequest(request, maxBytes);
        try {
            chain.doFilter(counted, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!counted.overLimit) {
                throw failure;
            }
        }
        if (counted.overLimit && !response.isCommitted()) {
            // whatever the reader of the body answered (a 400 for a cut-off JSON document, say), it was too large
            response.reset();
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        Problems.write(json, request, response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                "The request body is over " + maxBytes + " bytes."));
    }

    /** The request whose body stream fails once more than {@code maxBytes} have been read. */
    private static final class CountingRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private boolean overLimit;
        private ServletInputStream stream;

        CountingRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream body;
            private long read;

            CountingStream(ServletInputStream body) {
                this.body = body;
            }

            @Override
            public int read() throws IOException {
                int b = body.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = body.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > maxBytes) {
                    overLimit = true;
                    throw new BodyTooLargeException(maxBytes);
                }
            }

            @Override
            public boolean isFinished() {
                return body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        }
    }
}
