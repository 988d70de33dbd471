package io.wattprint.cli;
