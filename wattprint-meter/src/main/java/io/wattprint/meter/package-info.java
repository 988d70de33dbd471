package io.wattprint.meter;
