/*
 * The benchmark floor: libyaml's bare event parse of every file named on the command line.
 *
 * Reads each file into memory (as Coherence does) and pulls every event from libyaml's parser,
 * doing nothing with them. Prints the number of files and events so the work cannot be skipped.
 * Build: cc -O2 -o yaml-floor yaml-floor.c -lyaml
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static long parse_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(66); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(size > 0 ? (size_t)size : 1);
    if (!bytes || fread(bytes, 1, (size_t)size, file) != (size_t)size) { perror(path); exit(74); }
    fclose(file);

    yaml_parser_t parser;
    yaml_event_t event;
    long events = 0;
    if (!yaml_parser_initialize(&parser)) { fprintf(stderr, "out of memory\n"); exit(70); }
    yaml_parser_set_input_string(&parser, bytes, (size_t)size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s: %s\n", path, parser.problem ? parser.problem : "parse error");
            exit(65);
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    return events;
}

int main(int argc, char **argv) {
    long events = 0;
    for (int i = 1; i < argc; i++) events += parse_file(argv[i]);
    printf("%d files, %ld events\n", argc - 1, events);
    return 0;
}
