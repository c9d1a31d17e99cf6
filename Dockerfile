# Build stage: the production jar, from the committed frontend bundle (no frontend rebuild).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/tripartite-*.jar /src/app.jar

# Run stage: a JRE and the jar, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --uid 10001 tripartite
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER tripartite
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
