#include "store/project_store.h"
