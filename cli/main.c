/* main.c - the policygraph program (skeleton). */
#include "config.h"
#include "pg_extract.h"

#include <stdio.h>

int main(int argc, char **argv)
{
  printf("%s\n", PACKAGE_STRING);
  return 0;
}
